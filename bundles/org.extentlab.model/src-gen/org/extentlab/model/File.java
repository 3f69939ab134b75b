/**
 */
package org.extentlab.model;

import org.extentlab.model.bulk.ExtentRuns;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>File</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.extentlab.model.File#getSize <em>Size</em>}</li>
 *   <li>{@link org.extentlab.model.File#getAllocatedSize <em>Allocated Size</em>}</li>
 *   <li>{@link org.extentlab.model.File#getValidDataLength <em>Valid Data Length</em>}</li>
 *   <li>{@link org.extentlab.model.File#isInline <em>Inline</em>}</li>
 *   <li>{@link org.extentlab.model.File#getDamage <em>Damage</em>}</li>
 *   <li>{@link org.extentlab.model.File#getExtentRuns <em>Extent Runs</em>}</li>
 * </ul>
 *
 * @see org.extentlab.model.ExtentlabPackage#getFile()
 * @model
 * @generated
 */
public interface File extends Item {
	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(long)
	 * @see org.extentlab.model.ExtentlabPackage#getFile_Size()
	 * @model
	 * @generated
	 */
	long getSize();

	/**
	 * Sets the value of the '{@link org.extentlab.model.File#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(long value);

	/**
	 * Returns the value of the '<em><b>Allocated Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allocated Size</em>' attribute.
	 * @see #setAllocatedSize(long)
	 * @see org.extentlab.model.ExtentlabPackage#getFile_AllocatedSize()
	 * @model
	 * @generated
	 */
	long getAllocatedSize();

	/**
	 * Sets the value of the '{@link org.extentlab.model.File#getAllocatedSize <em>Allocated Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allocated Size</em>' attribute.
	 * @see #getAllocatedSize()
	 * @generated
	 */
	void setAllocatedSize(long value);

	/**
	 * Returns the value of the '<em><b>Valid Data Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid Data Length</em>' attribute.
	 * @see #setValidDataLength(long)
	 * @see org.extentlab.model.ExtentlabPackage#getFile_ValidDataLength()
	 * @model
	 * @generated
	 */
	long getValidDataLength();

	/**
	 * Sets the value of the '{@link org.extentlab.model.File#getValidDataLength <em>Valid Data Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid Data Length</em>' attribute.
	 * @see #getValidDataLength()
	 * @generated
	 */
	void setValidDataLength(long value);

	/**
	 * Returns the value of the '<em><b>Inline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inline</em>' attribute.
	 * @see #setInline(boolean)
	 * @see org.extentlab.model.ExtentlabPackage#getFile_Inline()
	 * @model
	 * @generated
	 */
	boolean isInline();

	/**
	 * Sets the value of the '{@link org.extentlab.model.File#isInline <em>Inline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inline</em>' attribute.
	 * @see #isInline()
	 * @generated
	 */
	void setInline(boolean value);

	/**
	 * Returns the value of the '<em><b>Damage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Damage</em>' attribute.
	 * @see #setDamage(String)
	 * @see org.extentlab.model.ExtentlabPackage#getFile_Damage()
	 * @model
	 * @generated
	 */
	String getDamage();

	/**
	 * Sets the value of the '{@link org.extentlab.model.File#getDamage <em>Damage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Damage</em>' attribute.
	 * @see #getDamage()
	 * @generated
	 */
	void setDamage(String value);

	/**
	 * Returns the value of the '<em><b>Extent Runs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The file's extent map in primitive arrays (a million extents fit in some 25 MB).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extent Runs</em>' attribute.
	 * @see #setExtentRuns(ExtentRuns)
	 * @see org.extentlab.model.ExtentlabPackage#getFile_ExtentRuns()
	 * @model dataType="org.extentlab.model.ExtentRunsData" transient="true"
	 * @generated
	 */
	ExtentRuns getExtentRuns();

	/**
	 * Sets the value of the '{@link org.extentlab.model.File#getExtentRuns <em>Extent Runs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extent Runs</em>' attribute.
	 * @see #getExtentRuns()
	 * @generated
	 */
	void setExtentRuns(ExtentRuns value);

} // File
