/**
 */
package org.extentlab.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Extent</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One extent as FSKit's packer takes it: logical and physical offset, length, type; unwritten marks ext4 preallocation and exFAT data past the valid data length.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.extentlab.model.Extent#getLogicalOffset <em>Logical Offset</em>}</li>
 *   <li>{@link org.extentlab.model.Extent#getPhysicalOffset <em>Physical Offset</em>}</li>
 *   <li>{@link org.extentlab.model.Extent#getLength <em>Length</em>}</li>
 *   <li>{@link org.extentlab.model.Extent#getKind <em>Kind</em>}</li>
 *   <li>{@link org.extentlab.model.Extent#isUnwritten <em>Unwritten</em>}</li>
 * </ul>
 *
 * @see org.extentlab.model.ExtentlabPackage#getExtent()
 * @model
 * @generated
 */
public interface Extent extends EObject {
	/**
	 * Returns the value of the '<em><b>Logical Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Logical Offset</em>' attribute.
	 * @see #setLogicalOffset(long)
	 * @see org.extentlab.model.ExtentlabPackage#getExtent_LogicalOffset()
	 * @model
	 * @generated
	 */
	long getLogicalOffset();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Extent#getLogicalOffset <em>Logical Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Logical Offset</em>' attribute.
	 * @see #getLogicalOffset()
	 * @generated
	 */
	void setLogicalOffset(long value);

	/**
	 * Returns the value of the '<em><b>Physical Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Physical Offset</em>' attribute.
	 * @see #setPhysicalOffset(long)
	 * @see org.extentlab.model.ExtentlabPackage#getExtent_PhysicalOffset()
	 * @model
	 * @generated
	 */
	long getPhysicalOffset();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Extent#getPhysicalOffset <em>Physical Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Physical Offset</em>' attribute.
	 * @see #getPhysicalOffset()
	 * @generated
	 */
	void setPhysicalOffset(long value);

	/**
	 * Returns the value of the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Length</em>' attribute.
	 * @see #setLength(long)
	 * @see org.extentlab.model.ExtentlabPackage#getExtent_Length()
	 * @model
	 * @generated
	 */
	long getLength();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Extent#getLength <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Length</em>' attribute.
	 * @see #getLength()
	 * @generated
	 */
	void setLength(long value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.extentlab.model.ExtentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.extentlab.model.ExtentKind
	 * @see #setKind(ExtentKind)
	 * @see org.extentlab.model.ExtentlabPackage#getExtent_Kind()
	 * @model
	 * @generated
	 */
	ExtentKind getKind();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Extent#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.extentlab.model.ExtentKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ExtentKind value);

	/**
	 * Returns the value of the '<em><b>Unwritten</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unwritten</em>' attribute.
	 * @see #setUnwritten(boolean)
	 * @see org.extentlab.model.ExtentlabPackage#getExtent_Unwritten()
	 * @model
	 * @generated
	 */
	boolean isUnwritten();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Extent#isUnwritten <em>Unwritten</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unwritten</em>' attribute.
	 * @see #isUnwritten()
	 * @generated
	 */
	void setUnwritten(boolean value);

} // Extent
