/**
 */
package org.extentlab.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Symlink</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.extentlab.model.Symlink#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @see org.extentlab.model.ExtentlabPackage#getSymlink()
 * @model
 * @generated
 */
public interface Symlink extends Item {
	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(String)
	 * @see org.extentlab.model.ExtentlabPackage#getSymlink_Target()
	 * @model
	 * @generated
	 */
	String getTarget();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Symlink#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(String value);

} // Symlink
