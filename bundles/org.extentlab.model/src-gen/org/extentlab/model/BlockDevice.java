/**
 */
package org.extentlab.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Block Device</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The block device resource FSKit hands a module: logical block size and count, physical (sector) size, writability.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.extentlab.model.BlockDevice#getBlockSize <em>Block Size</em>}</li>
 *   <li>{@link org.extentlab.model.BlockDevice#getBlockCount <em>Block Count</em>}</li>
 *   <li>{@link org.extentlab.model.BlockDevice#getPhysicalBlockSize <em>Physical Block Size</em>}</li>
 *   <li>{@link org.extentlab.model.BlockDevice#isWritable <em>Writable</em>}</li>
 * </ul>
 *
 * @see org.extentlab.model.ExtentlabPackage#getBlockDevice()
 * @model
 * @generated
 */
public interface BlockDevice extends EObject {
	/**
	 * Returns the value of the '<em><b>Block Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Block Size</em>' attribute.
	 * @see #setBlockSize(long)
	 * @see org.extentlab.model.ExtentlabPackage#getBlockDevice_BlockSize()
	 * @model
	 * @generated
	 */
	long getBlockSize();

	/**
	 * Sets the value of the '{@link org.extentlab.model.BlockDevice#getBlockSize <em>Block Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Block Size</em>' attribute.
	 * @see #getBlockSize()
	 * @generated
	 */
	void setBlockSize(long value);

	/**
	 * Returns the value of the '<em><b>Block Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Block Count</em>' attribute.
	 * @see #setBlockCount(long)
	 * @see org.extentlab.model.ExtentlabPackage#getBlockDevice_BlockCount()
	 * @model
	 * @generated
	 */
	long getBlockCount();

	/**
	 * Sets the value of the '{@link org.extentlab.model.BlockDevice#getBlockCount <em>Block Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Block Count</em>' attribute.
	 * @see #getBlockCount()
	 * @generated
	 */
	void setBlockCount(long value);

	/**
	 * Returns the value of the '<em><b>Physical Block Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Physical Block Size</em>' attribute.
	 * @see #setPhysicalBlockSize(int)
	 * @see org.extentlab.model.ExtentlabPackage#getBlockDevice_PhysicalBlockSize()
	 * @model
	 * @generated
	 */
	int getPhysicalBlockSize();

	/**
	 * Sets the value of the '{@link org.extentlab.model.BlockDevice#getPhysicalBlockSize <em>Physical Block Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Physical Block Size</em>' attribute.
	 * @see #getPhysicalBlockSize()
	 * @generated
	 */
	void setPhysicalBlockSize(int value);

	/**
	 * Returns the value of the '<em><b>Writable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Writable</em>' attribute.
	 * @see #setWritable(boolean)
	 * @see org.extentlab.model.ExtentlabPackage#getBlockDevice_Writable()
	 * @model
	 * @generated
	 */
	boolean isWritable();

	/**
	 * Sets the value of the '{@link org.extentlab.model.BlockDevice#isWritable <em>Writable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Writable</em>' attribute.
	 * @see #isWritable()
	 * @generated
	 */
	void setWritable(boolean value);

} // BlockDevice
