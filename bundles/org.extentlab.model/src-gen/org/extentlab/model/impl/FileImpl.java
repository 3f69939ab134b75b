/**
 */
package org.extentlab.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.extentlab.model.ExtentlabPackage;
import org.extentlab.model.File;

import org.extentlab.model.bulk.ExtentRuns;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>File</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.extentlab.model.impl.FileImpl#getSize <em>Size</em>}</li>
 *   <li>{@link org.extentlab.model.impl.FileImpl#getAllocatedSize <em>Allocated Size</em>}</li>
 *   <li>{@link org.extentlab.model.impl.FileImpl#getValidDataLength <em>Valid Data Length</em>}</li>
 *   <li>{@link org.extentlab.model.impl.FileImpl#isInline <em>Inline</em>}</li>
 *   <li>{@link org.extentlab.model.impl.FileImpl#getDamage <em>Damage</em>}</li>
 *   <li>{@link org.extentlab.model.impl.FileImpl#getExtentRuns <em>Extent Runs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FileImpl extends ItemImpl implements File {
	/**
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final long SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected long size = SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAllocatedSize() <em>Allocated Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocatedSize()
	 * @generated
	 * @ordered
	 */
	protected static final long ALLOCATED_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getAllocatedSize() <em>Allocated Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocatedSize()
	 * @generated
	 * @ordered
	 */
	protected long allocatedSize = ALLOCATED_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidDataLength() <em>Valid Data Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidDataLength()
	 * @generated
	 * @ordered
	 */
	protected static final long VALID_DATA_LENGTH_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getValidDataLength() <em>Valid Data Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidDataLength()
	 * @generated
	 * @ordered
	 */
	protected long validDataLength = VALID_DATA_LENGTH_EDEFAULT;

	/**
	 * The default value of the '{@link #isInline() <em>Inline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInline()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INLINE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isInline() <em>Inline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInline()
	 * @generated
	 * @ordered
	 */
	protected boolean inline = INLINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDamage() <em>Damage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDamage()
	 * @generated
	 * @ordered
	 */
	protected static final String DAMAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDamage() <em>Damage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDamage()
	 * @generated
	 * @ordered
	 */
	protected String damage = DAMAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getExtentRuns() <em>Extent Runs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtentRuns()
	 * @generated
	 * @ordered
	 */
	protected static final ExtentRuns EXTENT_RUNS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExtentRuns() <em>Extent Runs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtentRuns()
	 * @generated
	 * @ordered
	 */
	protected ExtentRuns extentRuns = EXTENT_RUNS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExtentlabPackage.Literals.FILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSize() {
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(long newSize) {
		long oldSize = size;
		size = newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.FILE__SIZE, oldSize, size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getAllocatedSize() {
		return allocatedSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllocatedSize(long newAllocatedSize) {
		long oldAllocatedSize = allocatedSize;
		allocatedSize = newAllocatedSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.FILE__ALLOCATED_SIZE, oldAllocatedSize, allocatedSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getValidDataLength() {
		return validDataLength;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidDataLength(long newValidDataLength) {
		long oldValidDataLength = validDataLength;
		validDataLength = newValidDataLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.FILE__VALID_DATA_LENGTH, oldValidDataLength, validDataLength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isInline() {
		return inline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInline(boolean newInline) {
		boolean oldInline = inline;
		inline = newInline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.FILE__INLINE, oldInline, inline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDamage() {
		return damage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDamage(String newDamage) {
		String oldDamage = damage;
		damage = newDamage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.FILE__DAMAGE, oldDamage, damage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExtentRuns getExtentRuns() {
		return extentRuns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExtentRuns(ExtentRuns newExtentRuns) {
		ExtentRuns oldExtentRuns = extentRuns;
		extentRuns = newExtentRuns;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.FILE__EXTENT_RUNS, oldExtentRuns, extentRuns));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExtentlabPackage.FILE__SIZE:
				return getSize();
			case ExtentlabPackage.FILE__ALLOCATED_SIZE:
				return getAllocatedSize();
			case ExtentlabPackage.FILE__VALID_DATA_LENGTH:
				return getValidDataLength();
			case ExtentlabPackage.FILE__INLINE:
				return isInline();
			case ExtentlabPackage.FILE__DAMAGE:
				return getDamage();
			case ExtentlabPackage.FILE__EXTENT_RUNS:
				return getExtentRuns();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ExtentlabPackage.FILE__SIZE:
				setSize((Long)newValue);
				return;
			case ExtentlabPackage.FILE__ALLOCATED_SIZE:
				setAllocatedSize((Long)newValue);
				return;
			case ExtentlabPackage.FILE__VALID_DATA_LENGTH:
				setValidDataLength((Long)newValue);
				return;
			case ExtentlabPackage.FILE__INLINE:
				setInline((Boolean)newValue);
				return;
			case ExtentlabPackage.FILE__DAMAGE:
				setDamage((String)newValue);
				return;
			case ExtentlabPackage.FILE__EXTENT_RUNS:
				setExtentRuns((ExtentRuns)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ExtentlabPackage.FILE__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case ExtentlabPackage.FILE__ALLOCATED_SIZE:
				setAllocatedSize(ALLOCATED_SIZE_EDEFAULT);
				return;
			case ExtentlabPackage.FILE__VALID_DATA_LENGTH:
				setValidDataLength(VALID_DATA_LENGTH_EDEFAULT);
				return;
			case ExtentlabPackage.FILE__INLINE:
				setInline(INLINE_EDEFAULT);
				return;
			case ExtentlabPackage.FILE__DAMAGE:
				setDamage(DAMAGE_EDEFAULT);
				return;
			case ExtentlabPackage.FILE__EXTENT_RUNS:
				setExtentRuns(EXTENT_RUNS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ExtentlabPackage.FILE__SIZE:
				return size != SIZE_EDEFAULT;
			case ExtentlabPackage.FILE__ALLOCATED_SIZE:
				return allocatedSize != ALLOCATED_SIZE_EDEFAULT;
			case ExtentlabPackage.FILE__VALID_DATA_LENGTH:
				return validDataLength != VALID_DATA_LENGTH_EDEFAULT;
			case ExtentlabPackage.FILE__INLINE:
				return inline != INLINE_EDEFAULT;
			case ExtentlabPackage.FILE__DAMAGE:
				return DAMAGE_EDEFAULT == null ? damage != null : !DAMAGE_EDEFAULT.equals(damage);
			case ExtentlabPackage.FILE__EXTENT_RUNS:
				return EXTENT_RUNS_EDEFAULT == null ? extentRuns != null : !EXTENT_RUNS_EDEFAULT.equals(extentRuns);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (size: ");
		result.append(size);
		result.append(", allocatedSize: ");
		result.append(allocatedSize);
		result.append(", validDataLength: ");
		result.append(validDataLength);
		result.append(", inline: ");
		result.append(inline);
		result.append(", damage: ");
		result.append(damage);
		result.append(", extentRuns: ");
		result.append(extentRuns);
		result.append(')');
		return result.toString();
	}

} //FileImpl
