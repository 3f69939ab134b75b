/**
 */
package org.extentlab.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.extentlab.model.ExtentlabPackage;
import org.extentlab.model.Item;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.extentlab.model.impl.ItemImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.extentlab.model.impl.ItemImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.extentlab.model.impl.ItemImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link org.extentlab.model.impl.ItemImpl#getUid <em>Uid</em>}</li>
 *   <li>{@link org.extentlab.model.impl.ItemImpl#getGid <em>Gid</em>}</li>
 *   <li>{@link org.extentlab.model.impl.ItemImpl#getAccessTime <em>Access Time</em>}</li>
 *   <li>{@link org.extentlab.model.impl.ItemImpl#getModifyTime <em>Modify Time</em>}</li>
 *   <li>{@link org.extentlab.model.impl.ItemImpl#getChangeTime <em>Change Time</em>}</li>
 *   <li>{@link org.extentlab.model.impl.ItemImpl#isInhibitKernelOffloadedIO <em>Inhibit Kernel Offloaded IO</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class ItemImpl extends MinimalEObjectImpl.Container implements Item {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final long ID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected long id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final int MODE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected int mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUid() <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUid()
	 * @generated
	 * @ordered
	 */
	protected static final int UID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getUid() <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUid()
	 * @generated
	 * @ordered
	 */
	protected int uid = UID_EDEFAULT;

	/**
	 * The default value of the '{@link #getGid() <em>Gid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGid()
	 * @generated
	 * @ordered
	 */
	protected static final int GID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getGid() <em>Gid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGid()
	 * @generated
	 * @ordered
	 */
	protected int gid = GID_EDEFAULT;

	/**
	 * The default value of the '{@link #getAccessTime() <em>Access Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccessTime()
	 * @generated
	 * @ordered
	 */
	protected static final long ACCESS_TIME_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getAccessTime() <em>Access Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccessTime()
	 * @generated
	 * @ordered
	 */
	protected long accessTime = ACCESS_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getModifyTime() <em>Modify Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModifyTime()
	 * @generated
	 * @ordered
	 */
	protected static final long MODIFY_TIME_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getModifyTime() <em>Modify Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModifyTime()
	 * @generated
	 * @ordered
	 */
	protected long modifyTime = MODIFY_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getChangeTime() <em>Change Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangeTime()
	 * @generated
	 * @ordered
	 */
	protected static final long CHANGE_TIME_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getChangeTime() <em>Change Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangeTime()
	 * @generated
	 * @ordered
	 */
	protected long changeTime = CHANGE_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #isInhibitKernelOffloadedIO() <em>Inhibit Kernel Offloaded IO</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInhibitKernelOffloadedIO()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INHIBIT_KERNEL_OFFLOADED_IO_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isInhibitKernelOffloadedIO() <em>Inhibit Kernel Offloaded IO</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInhibitKernelOffloadedIO()
	 * @generated
	 * @ordered
	 */
	protected boolean inhibitKernelOffloadedIO = INHIBIT_KERNEL_OFFLOADED_IO_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExtentlabPackage.Literals.ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.ITEM__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(long newId) {
		long oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.ITEM__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(int newMode) {
		int oldMode = mode;
		mode = newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.ITEM__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUid() {
		return uid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUid(int newUid) {
		int oldUid = uid;
		uid = newUid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.ITEM__UID, oldUid, uid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getGid() {
		return gid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGid(int newGid) {
		int oldGid = gid;
		gid = newGid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.ITEM__GID, oldGid, gid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getAccessTime() {
		return accessTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccessTime(long newAccessTime) {
		long oldAccessTime = accessTime;
		accessTime = newAccessTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.ITEM__ACCESS_TIME, oldAccessTime, accessTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getModifyTime() {
		return modifyTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModifyTime(long newModifyTime) {
		long oldModifyTime = modifyTime;
		modifyTime = newModifyTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.ITEM__MODIFY_TIME, oldModifyTime, modifyTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getChangeTime() {
		return changeTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChangeTime(long newChangeTime) {
		long oldChangeTime = changeTime;
		changeTime = newChangeTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.ITEM__CHANGE_TIME, oldChangeTime, changeTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isInhibitKernelOffloadedIO() {
		return inhibitKernelOffloadedIO;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInhibitKernelOffloadedIO(boolean newInhibitKernelOffloadedIO) {
		boolean oldInhibitKernelOffloadedIO = inhibitKernelOffloadedIO;
		inhibitKernelOffloadedIO = newInhibitKernelOffloadedIO;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.ITEM__INHIBIT_KERNEL_OFFLOADED_IO, oldInhibitKernelOffloadedIO, inhibitKernelOffloadedIO));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExtentlabPackage.ITEM__NAME:
				return getName();
			case ExtentlabPackage.ITEM__ID:
				return getId();
			case ExtentlabPackage.ITEM__MODE:
				return getMode();
			case ExtentlabPackage.ITEM__UID:
				return getUid();
			case ExtentlabPackage.ITEM__GID:
				return getGid();
			case ExtentlabPackage.ITEM__ACCESS_TIME:
				return getAccessTime();
			case ExtentlabPackage.ITEM__MODIFY_TIME:
				return getModifyTime();
			case ExtentlabPackage.ITEM__CHANGE_TIME:
				return getChangeTime();
			case ExtentlabPackage.ITEM__INHIBIT_KERNEL_OFFLOADED_IO:
				return isInhibitKernelOffloadedIO();
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
			case ExtentlabPackage.ITEM__NAME:
				setName((String)newValue);
				return;
			case ExtentlabPackage.ITEM__ID:
				setId((Long)newValue);
				return;
			case ExtentlabPackage.ITEM__MODE:
				setMode((Integer)newValue);
				return;
			case ExtentlabPackage.ITEM__UID:
				setUid((Integer)newValue);
				return;
			case ExtentlabPackage.ITEM__GID:
				setGid((Integer)newValue);
				return;
			case ExtentlabPackage.ITEM__ACCESS_TIME:
				setAccessTime((Long)newValue);
				return;
			case ExtentlabPackage.ITEM__MODIFY_TIME:
				setModifyTime((Long)newValue);
				return;
			case ExtentlabPackage.ITEM__CHANGE_TIME:
				setChangeTime((Long)newValue);
				return;
			case ExtentlabPackage.ITEM__INHIBIT_KERNEL_OFFLOADED_IO:
				setInhibitKernelOffloadedIO((Boolean)newValue);
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
			case ExtentlabPackage.ITEM__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ExtentlabPackage.ITEM__ID:
				setId(ID_EDEFAULT);
				return;
			case ExtentlabPackage.ITEM__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case ExtentlabPackage.ITEM__UID:
				setUid(UID_EDEFAULT);
				return;
			case ExtentlabPackage.ITEM__GID:
				setGid(GID_EDEFAULT);
				return;
			case ExtentlabPackage.ITEM__ACCESS_TIME:
				setAccessTime(ACCESS_TIME_EDEFAULT);
				return;
			case ExtentlabPackage.ITEM__MODIFY_TIME:
				setModifyTime(MODIFY_TIME_EDEFAULT);
				return;
			case ExtentlabPackage.ITEM__CHANGE_TIME:
				setChangeTime(CHANGE_TIME_EDEFAULT);
				return;
			case ExtentlabPackage.ITEM__INHIBIT_KERNEL_OFFLOADED_IO:
				setInhibitKernelOffloadedIO(INHIBIT_KERNEL_OFFLOADED_IO_EDEFAULT);
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
			case ExtentlabPackage.ITEM__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ExtentlabPackage.ITEM__ID:
				return id != ID_EDEFAULT;
			case ExtentlabPackage.ITEM__MODE:
				return mode != MODE_EDEFAULT;
			case ExtentlabPackage.ITEM__UID:
				return uid != UID_EDEFAULT;
			case ExtentlabPackage.ITEM__GID:
				return gid != GID_EDEFAULT;
			case ExtentlabPackage.ITEM__ACCESS_TIME:
				return accessTime != ACCESS_TIME_EDEFAULT;
			case ExtentlabPackage.ITEM__MODIFY_TIME:
				return modifyTime != MODIFY_TIME_EDEFAULT;
			case ExtentlabPackage.ITEM__CHANGE_TIME:
				return changeTime != CHANGE_TIME_EDEFAULT;
			case ExtentlabPackage.ITEM__INHIBIT_KERNEL_OFFLOADED_IO:
				return inhibitKernelOffloadedIO != INHIBIT_KERNEL_OFFLOADED_IO_EDEFAULT;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", id: ");
		result.append(id);
		result.append(", mode: ");
		result.append(mode);
		result.append(", uid: ");
		result.append(uid);
		result.append(", gid: ");
		result.append(gid);
		result.append(", accessTime: ");
		result.append(accessTime);
		result.append(", modifyTime: ");
		result.append(modifyTime);
		result.append(", changeTime: ");
		result.append(changeTime);
		result.append(", inhibitKernelOffloadedIO: ");
		result.append(inhibitKernelOffloadedIO);
		result.append(')');
		return result.toString();
	}

} //ItemImpl
