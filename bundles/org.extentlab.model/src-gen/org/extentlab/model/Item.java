/**
 */
package org.extentlab.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.extentlab.model.Item#getName <em>Name</em>}</li>
 *   <li>{@link org.extentlab.model.Item#getId <em>Id</em>}</li>
 *   <li>{@link org.extentlab.model.Item#getMode <em>Mode</em>}</li>
 *   <li>{@link org.extentlab.model.Item#getUid <em>Uid</em>}</li>
 *   <li>{@link org.extentlab.model.Item#getGid <em>Gid</em>}</li>
 *   <li>{@link org.extentlab.model.Item#getAccessTime <em>Access Time</em>}</li>
 *   <li>{@link org.extentlab.model.Item#getModifyTime <em>Modify Time</em>}</li>
 *   <li>{@link org.extentlab.model.Item#getChangeTime <em>Change Time</em>}</li>
 *   <li>{@link org.extentlab.model.Item#isInhibitKernelOffloadedIO <em>Inhibit Kernel Offloaded IO</em>}</li>
 * </ul>
 *
 * @see org.extentlab.model.ExtentlabPackage#getItem()
 * @model abstract="true"
 * @generated
 */
public interface Item extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.extentlab.model.ExtentlabPackage#getItem_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Item#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see org.extentlab.model.ExtentlabPackage#getItem_Id()
	 * @model
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Item#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see #setMode(int)
	 * @see org.extentlab.model.ExtentlabPackage#getItem_Mode()
	 * @model
	 * @generated
	 */
	int getMode();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Item#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see #getMode()
	 * @generated
	 */
	void setMode(int value);

	/**
	 * Returns the value of the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uid</em>' attribute.
	 * @see #setUid(int)
	 * @see org.extentlab.model.ExtentlabPackage#getItem_Uid()
	 * @model
	 * @generated
	 */
	int getUid();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Item#getUid <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uid</em>' attribute.
	 * @see #getUid()
	 * @generated
	 */
	void setUid(int value);

	/**
	 * Returns the value of the '<em><b>Gid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gid</em>' attribute.
	 * @see #setGid(int)
	 * @see org.extentlab.model.ExtentlabPackage#getItem_Gid()
	 * @model
	 * @generated
	 */
	int getGid();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Item#getGid <em>Gid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gid</em>' attribute.
	 * @see #getGid()
	 * @generated
	 */
	void setGid(int value);

	/**
	 * Returns the value of the '<em><b>Access Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Access Time</em>' attribute.
	 * @see #setAccessTime(long)
	 * @see org.extentlab.model.ExtentlabPackage#getItem_AccessTime()
	 * @model
	 * @generated
	 */
	long getAccessTime();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Item#getAccessTime <em>Access Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Access Time</em>' attribute.
	 * @see #getAccessTime()
	 * @generated
	 */
	void setAccessTime(long value);

	/**
	 * Returns the value of the '<em><b>Modify Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modify Time</em>' attribute.
	 * @see #setModifyTime(long)
	 * @see org.extentlab.model.ExtentlabPackage#getItem_ModifyTime()
	 * @model
	 * @generated
	 */
	long getModifyTime();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Item#getModifyTime <em>Modify Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modify Time</em>' attribute.
	 * @see #getModifyTime()
	 * @generated
	 */
	void setModifyTime(long value);

	/**
	 * Returns the value of the '<em><b>Change Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Change Time</em>' attribute.
	 * @see #setChangeTime(long)
	 * @see org.extentlab.model.ExtentlabPackage#getItem_ChangeTime()
	 * @model
	 * @generated
	 */
	long getChangeTime();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Item#getChangeTime <em>Change Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Change Time</em>' attribute.
	 * @see #getChangeTime()
	 * @generated
	 */
	void setChangeTime(long value);

	/**
	 * Returns the value of the '<em><b>Inhibit Kernel Offloaded IO</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inhibit Kernel Offloaded IO</em>' attribute.
	 * @see #setInhibitKernelOffloadedIO(boolean)
	 * @see org.extentlab.model.ExtentlabPackage#getItem_InhibitKernelOffloadedIO()
	 * @model
	 * @generated
	 */
	boolean isInhibitKernelOffloadedIO();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Item#isInhibitKernelOffloadedIO <em>Inhibit Kernel Offloaded IO</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inhibit Kernel Offloaded IO</em>' attribute.
	 * @see #isInhibitKernelOffloadedIO()
	 * @generated
	 */
	void setInhibitKernelOffloadedIO(boolean value);

} // Item
