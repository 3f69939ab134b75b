/**
 */
package org.extentlab.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Session</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a saved session holds to reopen exactly: the image (path and checksum), the partition, the script, the seed and the settings.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.extentlab.model.Session#getImagePath <em>Image Path</em>}</li>
 *   <li>{@link org.extentlab.model.Session#getImageSha256 <em>Image Sha256</em>}</li>
 *   <li>{@link org.extentlab.model.Session#getPartition <em>Partition</em>}</li>
 *   <li>{@link org.extentlab.model.Session#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.extentlab.model.Session#getScript <em>Script</em>}</li>
 *   <li>{@link org.extentlab.model.Session#getPackerCapacity <em>Packer Capacity</em>}</li>
 *   <li>{@link org.extentlab.model.Session#getPolicy <em>Policy</em>}</li>
 *   <li>{@link org.extentlab.model.Session#getSwitches <em>Switches</em>}</li>
 *   <li>{@link org.extentlab.model.Session#getPosition <em>Position</em>}</li>
 * </ul>
 *
 * @see org.extentlab.model.ExtentlabPackage#getSession()
 * @model
 * @generated
 */
public interface Session extends EObject {
	/**
	 * Returns the value of the '<em><b>Image Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image Path</em>' attribute.
	 * @see #setImagePath(String)
	 * @see org.extentlab.model.ExtentlabPackage#getSession_ImagePath()
	 * @model
	 * @generated
	 */
	String getImagePath();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Session#getImagePath <em>Image Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image Path</em>' attribute.
	 * @see #getImagePath()
	 * @generated
	 */
	void setImagePath(String value);

	/**
	 * Returns the value of the '<em><b>Image Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image Sha256</em>' attribute.
	 * @see #setImageSha256(String)
	 * @see org.extentlab.model.ExtentlabPackage#getSession_ImageSha256()
	 * @model
	 * @generated
	 */
	String getImageSha256();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Session#getImageSha256 <em>Image Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image Sha256</em>' attribute.
	 * @see #getImageSha256()
	 * @generated
	 */
	void setImageSha256(String value);

	/**
	 * Returns the value of the '<em><b>Partition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partition</em>' attribute.
	 * @see #setPartition(int)
	 * @see org.extentlab.model.ExtentlabPackage#getSession_Partition()
	 * @model
	 * @generated
	 */
	int getPartition();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Session#getPartition <em>Partition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partition</em>' attribute.
	 * @see #getPartition()
	 * @generated
	 */
	void setPartition(int value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.extentlab.model.ExtentlabPackage#getSession_Seed()
	 * @model
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Session#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Script</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Script</em>' attribute.
	 * @see #setScript(String)
	 * @see org.extentlab.model.ExtentlabPackage#getSession_Script()
	 * @model
	 * @generated
	 */
	String getScript();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Session#getScript <em>Script</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Script</em>' attribute.
	 * @see #getScript()
	 * @generated
	 */
	void setScript(String value);

	/**
	 * Returns the value of the '<em><b>Packer Capacity</b></em>' attribute.
	 * The default value is <code>"64"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Packer Capacity</em>' attribute.
	 * @see #setPackerCapacity(int)
	 * @see org.extentlab.model.ExtentlabPackage#getSession_PackerCapacity()
	 * @model default="64"
	 * @generated
	 */
	int getPackerCapacity();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Session#getPackerCapacity <em>Packer Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Packer Capacity</em>' attribute.
	 * @see #getPackerCapacity()
	 * @generated
	 */
	void setPackerCapacity(int value);

	/**
	 * Returns the value of the '<em><b>Policy</b></em>' attribute.
	 * The default value is <code>"native"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The allocation policy as a script names it: native, first-fit, next-fit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Policy</em>' attribute.
	 * @see #setPolicy(String)
	 * @see org.extentlab.model.ExtentlabPackage#getSession_Policy()
	 * @model default="native"
	 * @generated
	 */
	String getPolicy();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Session#getPolicy <em>Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Policy</em>' attribute.
	 * @see #getPolicy()
	 * @generated
	 */
	void setPolicy(String value);

	/**
	 * Returns the value of the '<em><b>Switches</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The observed-behaviour switches that are on, by their script names.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Switches</em>' attribute list.
	 * @see org.extentlab.model.ExtentlabPackage#getSession_Switches()
	 * @model
	 * @generated
	 */
	EList<String> getSwitches();

	/**
	 * Returns the value of the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many of the script's steps had run: the session reopens at that step, with the rest ahead.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Position</em>' attribute.
	 * @see #setPosition(int)
	 * @see org.extentlab.model.ExtentlabPackage#getSession_Position()
	 * @model
	 * @generated
	 */
	int getPosition();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Session#getPosition <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Position</em>' attribute.
	 * @see #getPosition()
	 * @generated
	 */
	void setPosition(int value);

} // Session
