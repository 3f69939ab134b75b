/**
 */
package org.extentlab.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Free Space</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.extentlab.model.FreeSpace#getFreeBlocks <em>Free Blocks</em>}</li>
 *   <li>{@link org.extentlab.model.FreeSpace#getRuns <em>Runs</em>}</li>
 * </ul>
 *
 * @see org.extentlab.model.ExtentlabPackage#getFreeSpace()
 * @model
 * @generated
 */
public interface FreeSpace extends EObject {
	/**
	 * Returns the value of the '<em><b>Free Blocks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Free Blocks</em>' attribute.
	 * @see #setFreeBlocks(long)
	 * @see org.extentlab.model.ExtentlabPackage#getFreeSpace_FreeBlocks()
	 * @model
	 * @generated
	 */
	long getFreeBlocks();

	/**
	 * Sets the value of the '{@link org.extentlab.model.FreeSpace#getFreeBlocks <em>Free Blocks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Free Blocks</em>' attribute.
	 * @see #getFreeBlocks()
	 * @generated
	 */
	void setFreeBlocks(long value);

	/**
	 * Returns the value of the '<em><b>Runs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free space as {physical, length} byte pairs: kept in a primitive array, not as objects.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Runs</em>' attribute.
	 * @see #setRuns(long[])
	 * @see org.extentlab.model.ExtentlabPackage#getFreeSpace_Runs()
	 * @model dataType="org.extentlab.model.LongArray" transient="true"
	 * @generated
	 */
	long[] getRuns();

	/**
	 * Sets the value of the '{@link org.extentlab.model.FreeSpace#getRuns <em>Runs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Runs</em>' attribute.
	 * @see #getRuns()
	 * @generated
	 */
	void setRuns(long[] value);

} // FreeSpace
