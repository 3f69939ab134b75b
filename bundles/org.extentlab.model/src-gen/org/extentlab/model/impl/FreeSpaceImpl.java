/**
 */
package org.extentlab.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.extentlab.model.ExtentlabPackage;
import org.extentlab.model.FreeSpace;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Free Space</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.extentlab.model.impl.FreeSpaceImpl#getFreeBlocks <em>Free Blocks</em>}</li>
 *   <li>{@link org.extentlab.model.impl.FreeSpaceImpl#getRuns <em>Runs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FreeSpaceImpl extends MinimalEObjectImpl.Container implements FreeSpace {
	/**
	 * The default value of the '{@link #getFreeBlocks() <em>Free Blocks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFreeBlocks()
	 * @generated
	 * @ordered
	 */
	protected static final long FREE_BLOCKS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getFreeBlocks() <em>Free Blocks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFreeBlocks()
	 * @generated
	 * @ordered
	 */
	protected long freeBlocks = FREE_BLOCKS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRuns() <em>Runs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuns()
	 * @generated
	 * @ordered
	 */
	protected static final long[] RUNS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRuns() <em>Runs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuns()
	 * @generated
	 * @ordered
	 */
	protected long[] runs = RUNS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FreeSpaceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExtentlabPackage.Literals.FREE_SPACE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getFreeBlocks() {
		return freeBlocks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFreeBlocks(long newFreeBlocks) {
		long oldFreeBlocks = freeBlocks;
		freeBlocks = newFreeBlocks;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.FREE_SPACE__FREE_BLOCKS, oldFreeBlocks, freeBlocks));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long[] getRuns() {
		return runs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRuns(long[] newRuns) {
		long[] oldRuns = runs;
		runs = newRuns;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.FREE_SPACE__RUNS, oldRuns, runs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExtentlabPackage.FREE_SPACE__FREE_BLOCKS:
				return getFreeBlocks();
			case ExtentlabPackage.FREE_SPACE__RUNS:
				return getRuns();
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
			case ExtentlabPackage.FREE_SPACE__FREE_BLOCKS:
				setFreeBlocks((Long)newValue);
				return;
			case ExtentlabPackage.FREE_SPACE__RUNS:
				setRuns((long[])newValue);
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
			case ExtentlabPackage.FREE_SPACE__FREE_BLOCKS:
				setFreeBlocks(FREE_BLOCKS_EDEFAULT);
				return;
			case ExtentlabPackage.FREE_SPACE__RUNS:
				setRuns(RUNS_EDEFAULT);
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
			case ExtentlabPackage.FREE_SPACE__FREE_BLOCKS:
				return freeBlocks != FREE_BLOCKS_EDEFAULT;
			case ExtentlabPackage.FREE_SPACE__RUNS:
				return RUNS_EDEFAULT == null ? runs != null : !RUNS_EDEFAULT.equals(runs);
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
		result.append(" (freeBlocks: ");
		result.append(freeBlocks);
		result.append(", runs: ");
		result.append(runs);
		result.append(')');
		return result.toString();
	}

} //FreeSpaceImpl
