/**
 */
package org.extentlab.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Directory</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.extentlab.model.Directory#getChildren <em>Children</em>}</li>
 * </ul>
 *
 * @see org.extentlab.model.ExtentlabPackage#getDirectory()
 * @model
 * @generated
 */
public interface Directory extends Item {
	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link org.extentlab.model.Item}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see org.extentlab.model.ExtentlabPackage#getDirectory_Children()
	 * @model containment="true"
	 * @generated
	 */
	EList<Item> getChildren();

} // Directory
