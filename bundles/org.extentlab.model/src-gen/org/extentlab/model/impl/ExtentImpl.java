/**
 */
package org.extentlab.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.extentlab.model.Extent;
import org.extentlab.model.ExtentKind;
import org.extentlab.model.ExtentlabPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Extent</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.extentlab.model.impl.ExtentImpl#getLogicalOffset <em>Logical Offset</em>}</li>
 *   <li>{@link org.extentlab.model.impl.ExtentImpl#getPhysicalOffset <em>Physical Offset</em>}</li>
 *   <li>{@link org.extentlab.model.impl.ExtentImpl#getLength <em>Length</em>}</li>
 *   <li>{@link org.extentlab.model.impl.ExtentImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.extentlab.model.impl.ExtentImpl#isUnwritten <em>Unwritten</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExtentImpl extends MinimalEObjectImpl.Container implements Extent {
	/**
	 * The default value of the '{@link #getLogicalOffset() <em>Logical Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogicalOffset()
	 * @generated
	 * @ordered
	 */
	protected static final long LOGICAL_OFFSET_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getLogicalOffset() <em>Logical Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogicalOffset()
	 * @generated
	 * @ordered
	 */
	protected long logicalOffset = LOGICAL_OFFSET_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhysicalOffset() <em>Physical Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhysicalOffset()
	 * @generated
	 * @ordered
	 */
	protected static final long PHYSICAL_OFFSET_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPhysicalOffset() <em>Physical Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhysicalOffset()
	 * @generated
	 * @ordered
	 */
	protected long physicalOffset = PHYSICAL_OFFSET_EDEFAULT;

	/**
	 * The default value of the '{@link #getLength() <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected static final long LENGTH_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getLength() <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected long length = LENGTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ExtentKind KIND_EDEFAULT = ExtentKind.DATA;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ExtentKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #isUnwritten() <em>Unwritten</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUnwritten()
	 * @generated
	 * @ordered
	 */
	protected static final boolean UNWRITTEN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUnwritten() <em>Unwritten</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUnwritten()
	 * @generated
	 * @ordered
	 */
	protected boolean unwritten = UNWRITTEN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExtentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExtentlabPackage.Literals.EXTENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getLogicalOffset() {
		return logicalOffset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLogicalOffset(long newLogicalOffset) {
		long oldLogicalOffset = logicalOffset;
		logicalOffset = newLogicalOffset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.EXTENT__LOGICAL_OFFSET, oldLogicalOffset, logicalOffset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPhysicalOffset() {
		return physicalOffset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhysicalOffset(long newPhysicalOffset) {
		long oldPhysicalOffset = physicalOffset;
		physicalOffset = newPhysicalOffset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.EXTENT__PHYSICAL_OFFSET, oldPhysicalOffset, physicalOffset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getLength() {
		return length;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLength(long newLength) {
		long oldLength = length;
		length = newLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.EXTENT__LENGTH, oldLength, length));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExtentKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ExtentKind newKind) {
		ExtentKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.EXTENT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUnwritten() {
		return unwritten;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnwritten(boolean newUnwritten) {
		boolean oldUnwritten = unwritten;
		unwritten = newUnwritten;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.EXTENT__UNWRITTEN, oldUnwritten, unwritten));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExtentlabPackage.EXTENT__LOGICAL_OFFSET:
				return getLogicalOffset();
			case ExtentlabPackage.EXTENT__PHYSICAL_OFFSET:
				return getPhysicalOffset();
			case ExtentlabPackage.EXTENT__LENGTH:
				return getLength();
			case ExtentlabPackage.EXTENT__KIND:
				return getKind();
			case ExtentlabPackage.EXTENT__UNWRITTEN:
				return isUnwritten();
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
			case ExtentlabPackage.EXTENT__LOGICAL_OFFSET:
				setLogicalOffset((Long)newValue);
				return;
			case ExtentlabPackage.EXTENT__PHYSICAL_OFFSET:
				setPhysicalOffset((Long)newValue);
				return;
			case ExtentlabPackage.EXTENT__LENGTH:
				setLength((Long)newValue);
				return;
			case ExtentlabPackage.EXTENT__KIND:
				setKind((ExtentKind)newValue);
				return;
			case ExtentlabPackage.EXTENT__UNWRITTEN:
				setUnwritten((Boolean)newValue);
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
			case ExtentlabPackage.EXTENT__LOGICAL_OFFSET:
				setLogicalOffset(LOGICAL_OFFSET_EDEFAULT);
				return;
			case ExtentlabPackage.EXTENT__PHYSICAL_OFFSET:
				setPhysicalOffset(PHYSICAL_OFFSET_EDEFAULT);
				return;
			case ExtentlabPackage.EXTENT__LENGTH:
				setLength(LENGTH_EDEFAULT);
				return;
			case ExtentlabPackage.EXTENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ExtentlabPackage.EXTENT__UNWRITTEN:
				setUnwritten(UNWRITTEN_EDEFAULT);
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
			case ExtentlabPackage.EXTENT__LOGICAL_OFFSET:
				return logicalOffset != LOGICAL_OFFSET_EDEFAULT;
			case ExtentlabPackage.EXTENT__PHYSICAL_OFFSET:
				return physicalOffset != PHYSICAL_OFFSET_EDEFAULT;
			case ExtentlabPackage.EXTENT__LENGTH:
				return length != LENGTH_EDEFAULT;
			case ExtentlabPackage.EXTENT__KIND:
				return kind != KIND_EDEFAULT;
			case ExtentlabPackage.EXTENT__UNWRITTEN:
				return unwritten != UNWRITTEN_EDEFAULT;
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
		result.append(" (logicalOffset: ");
		result.append(logicalOffset);
		result.append(", physicalOffset: ");
		result.append(physicalOffset);
		result.append(", length: ");
		result.append(length);
		result.append(", kind: ");
		result.append(kind);
		result.append(", unwritten: ");
		result.append(unwritten);
		result.append(')');
		return result.toString();
	}

} //ExtentImpl
