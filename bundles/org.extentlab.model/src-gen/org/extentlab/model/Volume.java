/**
 */
package org.extentlab.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Volume</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A file system volume read from a disk image (or one partition of it). Offsets are bytes from the start of the image file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.extentlab.model.Volume#getFormat <em>Format</em>}</li>
 *   <li>{@link org.extentlab.model.Volume#getLabel <em>Label</em>}</li>
 *   <li>{@link org.extentlab.model.Volume#getUuid <em>Uuid</em>}</li>
 *   <li>{@link org.extentlab.model.Volume#getImagePath <em>Image Path</em>}</li>
 *   <li>{@link org.extentlab.model.Volume#getVolumeStart <em>Volume Start</em>}</li>
 *   <li>{@link org.extentlab.model.Volume#getBlockSize <em>Block Size</em>}</li>
 *   <li>{@link org.extentlab.model.Volume#getBlockCount <em>Block Count</em>}</li>
 *   <li>{@link org.extentlab.model.Volume#getSectorSize <em>Sector Size</em>}</li>
 *   <li>{@link org.extentlab.model.Volume#getFeatures <em>Features</em>}</li>
 *   <li>{@link org.extentlab.model.Volume#getProblems <em>Problems</em>}</li>
 *   <li>{@link org.extentlab.model.Volume#getDevice <em>Device</em>}</li>
 *   <li>{@link org.extentlab.model.Volume#getFreeSpace <em>Free Space</em>}</li>
 *   <li>{@link org.extentlab.model.Volume#getRoot <em>Root</em>}</li>
 * </ul>
 *
 * @see org.extentlab.model.ExtentlabPackage#getVolume()
 * @model
 * @generated
 */
public interface Volume extends EObject {
	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see #setFormat(String)
	 * @see org.extentlab.model.ExtentlabPackage#getVolume_Format()
	 * @model
	 * @generated
	 */
	String getFormat();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Volume#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.extentlab.model.ExtentlabPackage#getVolume_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Volume#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uuid</em>' attribute.
	 * @see #setUuid(String)
	 * @see org.extentlab.model.ExtentlabPackage#getVolume_Uuid()
	 * @model
	 * @generated
	 */
	String getUuid();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Volume#getUuid <em>Uuid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uuid</em>' attribute.
	 * @see #getUuid()
	 * @generated
	 */
	void setUuid(String value);

	/**
	 * Returns the value of the '<em><b>Image Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image Path</em>' attribute.
	 * @see #setImagePath(String)
	 * @see org.extentlab.model.ExtentlabPackage#getVolume_ImagePath()
	 * @model
	 * @generated
	 */
	String getImagePath();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Volume#getImagePath <em>Image Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image Path</em>' attribute.
	 * @see #getImagePath()
	 * @generated
	 */
	void setImagePath(String value);

	/**
	 * Returns the value of the '<em><b>Volume Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume Start</em>' attribute.
	 * @see #setVolumeStart(long)
	 * @see org.extentlab.model.ExtentlabPackage#getVolume_VolumeStart()
	 * @model
	 * @generated
	 */
	long getVolumeStart();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Volume#getVolumeStart <em>Volume Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume Start</em>' attribute.
	 * @see #getVolumeStart()
	 * @generated
	 */
	void setVolumeStart(long value);

	/**
	 * Returns the value of the '<em><b>Block Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Block Size</em>' attribute.
	 * @see #setBlockSize(long)
	 * @see org.extentlab.model.ExtentlabPackage#getVolume_BlockSize()
	 * @model
	 * @generated
	 */
	long getBlockSize();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Volume#getBlockSize <em>Block Size</em>}' attribute.
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
	 * @see org.extentlab.model.ExtentlabPackage#getVolume_BlockCount()
	 * @model
	 * @generated
	 */
	long getBlockCount();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Volume#getBlockCount <em>Block Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Block Count</em>' attribute.
	 * @see #getBlockCount()
	 * @generated
	 */
	void setBlockCount(long value);

	/**
	 * Returns the value of the '<em><b>Sector Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sector Size</em>' attribute.
	 * @see #setSectorSize(int)
	 * @see org.extentlab.model.ExtentlabPackage#getVolume_SectorSize()
	 * @model
	 * @generated
	 */
	int getSectorSize();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Volume#getSectorSize <em>Sector Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sector Size</em>' attribute.
	 * @see #getSectorSize()
	 * @generated
	 */
	void setSectorSize(int value);

	/**
	 * Returns the value of the '<em><b>Features</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Features</em>' attribute list.
	 * @see org.extentlab.model.ExtentlabPackage#getVolume_Features()
	 * @model
	 * @generated
	 */
	EList<String> getFeatures();

	/**
	 * Returns the value of the '<em><b>Problems</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Problems</em>' attribute list.
	 * @see org.extentlab.model.ExtentlabPackage#getVolume_Problems()
	 * @model
	 * @generated
	 */
	EList<String> getProblems();

	/**
	 * Returns the value of the '<em><b>Device</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device</em>' containment reference.
	 * @see #setDevice(BlockDevice)
	 * @see org.extentlab.model.ExtentlabPackage#getVolume_Device()
	 * @model containment="true"
	 * @generated
	 */
	BlockDevice getDevice();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Volume#getDevice <em>Device</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' containment reference.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(BlockDevice value);

	/**
	 * Returns the value of the '<em><b>Free Space</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Free Space</em>' containment reference.
	 * @see #setFreeSpace(FreeSpace)
	 * @see org.extentlab.model.ExtentlabPackage#getVolume_FreeSpace()
	 * @model containment="true"
	 * @generated
	 */
	FreeSpace getFreeSpace();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Volume#getFreeSpace <em>Free Space</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Free Space</em>' containment reference.
	 * @see #getFreeSpace()
	 * @generated
	 */
	void setFreeSpace(FreeSpace value);

	/**
	 * Returns the value of the '<em><b>Root</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Root</em>' containment reference.
	 * @see #setRoot(Directory)
	 * @see org.extentlab.model.ExtentlabPackage#getVolume_Root()
	 * @model containment="true"
	 * @generated
	 */
	Directory getRoot();

	/**
	 * Sets the value of the '{@link org.extentlab.model.Volume#getRoot <em>Root</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Root</em>' containment reference.
	 * @see #getRoot()
	 * @generated
	 */
	void setRoot(Directory value);

} // Volume
