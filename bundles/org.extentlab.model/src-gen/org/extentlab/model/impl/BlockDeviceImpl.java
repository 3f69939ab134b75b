/**
 */
package org.extentlab.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.extentlab.model.BlockDevice;
import org.extentlab.model.ExtentlabPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Block Device</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.extentlab.model.impl.BlockDeviceImpl#getBlockSize <em>Block Size</em>}</li>
 *   <li>{@link org.extentlab.model.impl.BlockDeviceImpl#getBlockCount <em>Block Count</em>}</li>
 *   <li>{@link org.extentlab.model.impl.BlockDeviceImpl#getPhysicalBlockSize <em>Physical Block Size</em>}</li>
 *   <li>{@link org.extentlab.model.impl.BlockDeviceImpl#isWritable <em>Writable</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BlockDeviceImpl extends MinimalEObjectImpl.Container implements BlockDevice {
	/**
	 * The default value of the '{@link #getBlockSize() <em>Block Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlockSize()
	 * @generated
	 * @ordered
	 */
	protected static final long BLOCK_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBlockSize() <em>Block Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlockSize()
	 * @generated
	 * @ordered
	 */
	protected long blockSize = BLOCK_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBlockCount() <em>Block Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlockCount()
	 * @generated
	 * @ordered
	 */
	protected static final long BLOCK_COUNT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBlockCount() <em>Block Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlockCount()
	 * @generated
	 * @ordered
	 */
	protected long blockCount = BLOCK_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhysicalBlockSize() <em>Physical Block Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhysicalBlockSize()
	 * @generated
	 * @ordered
	 */
	protected static final int PHYSICAL_BLOCK_SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPhysicalBlockSize() <em>Physical Block Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhysicalBlockSize()
	 * @generated
	 * @ordered
	 */
	protected int physicalBlockSize = PHYSICAL_BLOCK_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #isWritable() <em>Writable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWritable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WRITABLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isWritable() <em>Writable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWritable()
	 * @generated
	 * @ordered
	 */
	protected boolean writable = WRITABLE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BlockDeviceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExtentlabPackage.Literals.BLOCK_DEVICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBlockSize() {
		return blockSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBlockSize(long newBlockSize) {
		long oldBlockSize = blockSize;
		blockSize = newBlockSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.BLOCK_DEVICE__BLOCK_SIZE, oldBlockSize, blockSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBlockCount() {
		return blockCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBlockCount(long newBlockCount) {
		long oldBlockCount = blockCount;
		blockCount = newBlockCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.BLOCK_DEVICE__BLOCK_COUNT, oldBlockCount, blockCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPhysicalBlockSize() {
		return physicalBlockSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhysicalBlockSize(int newPhysicalBlockSize) {
		int oldPhysicalBlockSize = physicalBlockSize;
		physicalBlockSize = newPhysicalBlockSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.BLOCK_DEVICE__PHYSICAL_BLOCK_SIZE, oldPhysicalBlockSize, physicalBlockSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWritable() {
		return writable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWritable(boolean newWritable) {
		boolean oldWritable = writable;
		writable = newWritable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.BLOCK_DEVICE__WRITABLE, oldWritable, writable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExtentlabPackage.BLOCK_DEVICE__BLOCK_SIZE:
				return getBlockSize();
			case ExtentlabPackage.BLOCK_DEVICE__BLOCK_COUNT:
				return getBlockCount();
			case ExtentlabPackage.BLOCK_DEVICE__PHYSICAL_BLOCK_SIZE:
				return getPhysicalBlockSize();
			case ExtentlabPackage.BLOCK_DEVICE__WRITABLE:
				return isWritable();
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
			case ExtentlabPackage.BLOCK_DEVICE__BLOCK_SIZE:
				setBlockSize((Long)newValue);
				return;
			case ExtentlabPackage.BLOCK_DEVICE__BLOCK_COUNT:
				setBlockCount((Long)newValue);
				return;
			case ExtentlabPackage.BLOCK_DEVICE__PHYSICAL_BLOCK_SIZE:
				setPhysicalBlockSize((Integer)newValue);
				return;
			case ExtentlabPackage.BLOCK_DEVICE__WRITABLE:
				setWritable((Boolean)newValue);
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
			case ExtentlabPackage.BLOCK_DEVICE__BLOCK_SIZE:
				setBlockSize(BLOCK_SIZE_EDEFAULT);
				return;
			case ExtentlabPackage.BLOCK_DEVICE__BLOCK_COUNT:
				setBlockCount(BLOCK_COUNT_EDEFAULT);
				return;
			case ExtentlabPackage.BLOCK_DEVICE__PHYSICAL_BLOCK_SIZE:
				setPhysicalBlockSize(PHYSICAL_BLOCK_SIZE_EDEFAULT);
				return;
			case ExtentlabPackage.BLOCK_DEVICE__WRITABLE:
				setWritable(WRITABLE_EDEFAULT);
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
			case ExtentlabPackage.BLOCK_DEVICE__BLOCK_SIZE:
				return blockSize != BLOCK_SIZE_EDEFAULT;
			case ExtentlabPackage.BLOCK_DEVICE__BLOCK_COUNT:
				return blockCount != BLOCK_COUNT_EDEFAULT;
			case ExtentlabPackage.BLOCK_DEVICE__PHYSICAL_BLOCK_SIZE:
				return physicalBlockSize != PHYSICAL_BLOCK_SIZE_EDEFAULT;
			case ExtentlabPackage.BLOCK_DEVICE__WRITABLE:
				return writable != WRITABLE_EDEFAULT;
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
		result.append(" (blockSize: ");
		result.append(blockSize);
		result.append(", blockCount: ");
		result.append(blockCount);
		result.append(", physicalBlockSize: ");
		result.append(physicalBlockSize);
		result.append(", writable: ");
		result.append(writable);
		result.append(')');
		return result.toString();
	}

} //BlockDeviceImpl
