/**
 */
package org.extentlab.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.extentlab.model.BlockDevice;
import org.extentlab.model.Directory;
import org.extentlab.model.ExtentlabPackage;
import org.extentlab.model.FreeSpace;
import org.extentlab.model.Volume;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Volume</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.extentlab.model.impl.VolumeImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.extentlab.model.impl.VolumeImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.extentlab.model.impl.VolumeImpl#getUuid <em>Uuid</em>}</li>
 *   <li>{@link org.extentlab.model.impl.VolumeImpl#getImagePath <em>Image Path</em>}</li>
 *   <li>{@link org.extentlab.model.impl.VolumeImpl#getVolumeStart <em>Volume Start</em>}</li>
 *   <li>{@link org.extentlab.model.impl.VolumeImpl#getBlockSize <em>Block Size</em>}</li>
 *   <li>{@link org.extentlab.model.impl.VolumeImpl#getBlockCount <em>Block Count</em>}</li>
 *   <li>{@link org.extentlab.model.impl.VolumeImpl#getSectorSize <em>Sector Size</em>}</li>
 *   <li>{@link org.extentlab.model.impl.VolumeImpl#getFeatures <em>Features</em>}</li>
 *   <li>{@link org.extentlab.model.impl.VolumeImpl#getProblems <em>Problems</em>}</li>
 *   <li>{@link org.extentlab.model.impl.VolumeImpl#getDevice <em>Device</em>}</li>
 *   <li>{@link org.extentlab.model.impl.VolumeImpl#getFreeSpace <em>Free Space</em>}</li>
 *   <li>{@link org.extentlab.model.impl.VolumeImpl#getRoot <em>Root</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VolumeImpl extends MinimalEObjectImpl.Container implements Volume {
	/**
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected String format = FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getUuid() <em>Uuid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUuid()
	 * @generated
	 * @ordered
	 */
	protected static final String UUID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUuid() <em>Uuid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUuid()
	 * @generated
	 * @ordered
	 */
	protected String uuid = UUID_EDEFAULT;

	/**
	 * The default value of the '{@link #getImagePath() <em>Image Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImagePath()
	 * @generated
	 * @ordered
	 */
	protected static final String IMAGE_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImagePath() <em>Image Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImagePath()
	 * @generated
	 * @ordered
	 */
	protected String imagePath = IMAGE_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getVolumeStart() <em>Volume Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeStart()
	 * @generated
	 * @ordered
	 */
	protected static final long VOLUME_START_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getVolumeStart() <em>Volume Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeStart()
	 * @generated
	 * @ordered
	 */
	protected long volumeStart = VOLUME_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getBlockSize() <em>Block Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlockSize()
	 * @generated
	 * @ordered
	 */
	protected static final long BLOCK_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBlockSize() <em>Block Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlockSize()
	 * @generated
	 * @ordered
	 */
	protected long blockSize = BLOCK_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBlockCount() <em>Block Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlockCount()
	 * @generated
	 * @ordered
	 */
	protected static final long BLOCK_COUNT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBlockCount() <em>Block Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlockCount()
	 * @generated
	 * @ordered
	 */
	protected long blockCount = BLOCK_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSectorSize() <em>Sector Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSectorSize()
	 * @generated
	 * @ordered
	 */
	protected static final int SECTOR_SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSectorSize() <em>Sector Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSectorSize()
	 * @generated
	 * @ordered
	 */
	protected int sectorSize = SECTOR_SIZE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFeatures() <em>Features</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatures()
	 * @generated
	 * @ordered
	 */
	protected EList<String> features;

	/**
	 * The cached value of the '{@link #getProblems() <em>Problems</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProblems()
	 * @generated
	 * @ordered
	 */
	protected EList<String> problems;

	/**
	 * The cached value of the '{@link #getDevice() <em>Device</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected BlockDevice device;

	/**
	 * The cached value of the '{@link #getFreeSpace() <em>Free Space</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFreeSpace()
	 * @generated
	 * @ordered
	 */
	protected FreeSpace freeSpace;

	/**
	 * The cached value of the '{@link #getRoot() <em>Root</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoot()
	 * @generated
	 * @ordered
	 */
	protected Directory root;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VolumeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExtentlabPackage.Literals.VOLUME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(String newFormat) {
		String oldFormat = format;
		format = newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.VOLUME__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.VOLUME__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUuid() {
		return uuid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUuid(String newUuid) {
		String oldUuid = uuid;
		uuid = newUuid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.VOLUME__UUID, oldUuid, uuid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImagePath() {
		return imagePath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImagePath(String newImagePath) {
		String oldImagePath = imagePath;
		imagePath = newImagePath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.VOLUME__IMAGE_PATH, oldImagePath, imagePath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getVolumeStart() {
		return volumeStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVolumeStart(long newVolumeStart) {
		long oldVolumeStart = volumeStart;
		volumeStart = newVolumeStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.VOLUME__VOLUME_START, oldVolumeStart, volumeStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBlockSize() {
		return blockSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBlockSize(long newBlockSize) {
		long oldBlockSize = blockSize;
		blockSize = newBlockSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.VOLUME__BLOCK_SIZE, oldBlockSize, blockSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBlockCount() {
		return blockCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBlockCount(long newBlockCount) {
		long oldBlockCount = blockCount;
		blockCount = newBlockCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.VOLUME__BLOCK_COUNT, oldBlockCount, blockCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSectorSize() {
		return sectorSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSectorSize(int newSectorSize) {
		int oldSectorSize = sectorSize;
		sectorSize = newSectorSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.VOLUME__SECTOR_SIZE, oldSectorSize, sectorSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFeatures() {
		if (features == null) {
			features = new EDataTypeUniqueEList<String>(String.class, this, ExtentlabPackage.VOLUME__FEATURES);
		}
		return features;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getProblems() {
		if (problems == null) {
			problems = new EDataTypeUniqueEList<String>(String.class, this, ExtentlabPackage.VOLUME__PROBLEMS);
		}
		return problems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BlockDevice getDevice() {
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDevice(BlockDevice newDevice, NotificationChain msgs) {
		BlockDevice oldDevice = device;
		device = newDevice;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ExtentlabPackage.VOLUME__DEVICE, oldDevice, newDevice);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevice(BlockDevice newDevice) {
		if (newDevice != device) {
			NotificationChain msgs = null;
			if (device != null)
				msgs = ((InternalEObject)device).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ExtentlabPackage.VOLUME__DEVICE, null, msgs);
			if (newDevice != null)
				msgs = ((InternalEObject)newDevice).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ExtentlabPackage.VOLUME__DEVICE, null, msgs);
			msgs = basicSetDevice(newDevice, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.VOLUME__DEVICE, newDevice, newDevice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FreeSpace getFreeSpace() {
		return freeSpace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFreeSpace(FreeSpace newFreeSpace, NotificationChain msgs) {
		FreeSpace oldFreeSpace = freeSpace;
		freeSpace = newFreeSpace;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ExtentlabPackage.VOLUME__FREE_SPACE, oldFreeSpace, newFreeSpace);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFreeSpace(FreeSpace newFreeSpace) {
		if (newFreeSpace != freeSpace) {
			NotificationChain msgs = null;
			if (freeSpace != null)
				msgs = ((InternalEObject)freeSpace).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ExtentlabPackage.VOLUME__FREE_SPACE, null, msgs);
			if (newFreeSpace != null)
				msgs = ((InternalEObject)newFreeSpace).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ExtentlabPackage.VOLUME__FREE_SPACE, null, msgs);
			msgs = basicSetFreeSpace(newFreeSpace, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.VOLUME__FREE_SPACE, newFreeSpace, newFreeSpace));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Directory getRoot() {
		return root;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRoot(Directory newRoot, NotificationChain msgs) {
		Directory oldRoot = root;
		root = newRoot;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ExtentlabPackage.VOLUME__ROOT, oldRoot, newRoot);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRoot(Directory newRoot) {
		if (newRoot != root) {
			NotificationChain msgs = null;
			if (root != null)
				msgs = ((InternalEObject)root).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ExtentlabPackage.VOLUME__ROOT, null, msgs);
			if (newRoot != null)
				msgs = ((InternalEObject)newRoot).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ExtentlabPackage.VOLUME__ROOT, null, msgs);
			msgs = basicSetRoot(newRoot, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.VOLUME__ROOT, newRoot, newRoot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ExtentlabPackage.VOLUME__DEVICE:
				return basicSetDevice(null, msgs);
			case ExtentlabPackage.VOLUME__FREE_SPACE:
				return basicSetFreeSpace(null, msgs);
			case ExtentlabPackage.VOLUME__ROOT:
				return basicSetRoot(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExtentlabPackage.VOLUME__FORMAT:
				return getFormat();
			case ExtentlabPackage.VOLUME__LABEL:
				return getLabel();
			case ExtentlabPackage.VOLUME__UUID:
				return getUuid();
			case ExtentlabPackage.VOLUME__IMAGE_PATH:
				return getImagePath();
			case ExtentlabPackage.VOLUME__VOLUME_START:
				return getVolumeStart();
			case ExtentlabPackage.VOLUME__BLOCK_SIZE:
				return getBlockSize();
			case ExtentlabPackage.VOLUME__BLOCK_COUNT:
				return getBlockCount();
			case ExtentlabPackage.VOLUME__SECTOR_SIZE:
				return getSectorSize();
			case ExtentlabPackage.VOLUME__FEATURES:
				return getFeatures();
			case ExtentlabPackage.VOLUME__PROBLEMS:
				return getProblems();
			case ExtentlabPackage.VOLUME__DEVICE:
				return getDevice();
			case ExtentlabPackage.VOLUME__FREE_SPACE:
				return getFreeSpace();
			case ExtentlabPackage.VOLUME__ROOT:
				return getRoot();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ExtentlabPackage.VOLUME__FORMAT:
				setFormat((String)newValue);
				return;
			case ExtentlabPackage.VOLUME__LABEL:
				setLabel((String)newValue);
				return;
			case ExtentlabPackage.VOLUME__UUID:
				setUuid((String)newValue);
				return;
			case ExtentlabPackage.VOLUME__IMAGE_PATH:
				setImagePath((String)newValue);
				return;
			case ExtentlabPackage.VOLUME__VOLUME_START:
				setVolumeStart((Long)newValue);
				return;
			case ExtentlabPackage.VOLUME__BLOCK_SIZE:
				setBlockSize((Long)newValue);
				return;
			case ExtentlabPackage.VOLUME__BLOCK_COUNT:
				setBlockCount((Long)newValue);
				return;
			case ExtentlabPackage.VOLUME__SECTOR_SIZE:
				setSectorSize((Integer)newValue);
				return;
			case ExtentlabPackage.VOLUME__FEATURES:
				getFeatures().clear();
				getFeatures().addAll((Collection<? extends String>)newValue);
				return;
			case ExtentlabPackage.VOLUME__PROBLEMS:
				getProblems().clear();
				getProblems().addAll((Collection<? extends String>)newValue);
				return;
			case ExtentlabPackage.VOLUME__DEVICE:
				setDevice((BlockDevice)newValue);
				return;
			case ExtentlabPackage.VOLUME__FREE_SPACE:
				setFreeSpace((FreeSpace)newValue);
				return;
			case ExtentlabPackage.VOLUME__ROOT:
				setRoot((Directory)newValue);
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
			case ExtentlabPackage.VOLUME__FORMAT:
				setFormat(FORMAT_EDEFAULT);
				return;
			case ExtentlabPackage.VOLUME__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case ExtentlabPackage.VOLUME__UUID:
				setUuid(UUID_EDEFAULT);
				return;
			case ExtentlabPackage.VOLUME__IMAGE_PATH:
				setImagePath(IMAGE_PATH_EDEFAULT);
				return;
			case ExtentlabPackage.VOLUME__VOLUME_START:
				setVolumeStart(VOLUME_START_EDEFAULT);
				return;
			case ExtentlabPackage.VOLUME__BLOCK_SIZE:
				setBlockSize(BLOCK_SIZE_EDEFAULT);
				return;
			case ExtentlabPackage.VOLUME__BLOCK_COUNT:
				setBlockCount(BLOCK_COUNT_EDEFAULT);
				return;
			case ExtentlabPackage.VOLUME__SECTOR_SIZE:
				setSectorSize(SECTOR_SIZE_EDEFAULT);
				return;
			case ExtentlabPackage.VOLUME__FEATURES:
				getFeatures().clear();
				return;
			case ExtentlabPackage.VOLUME__PROBLEMS:
				getProblems().clear();
				return;
			case ExtentlabPackage.VOLUME__DEVICE:
				setDevice((BlockDevice)null);
				return;
			case ExtentlabPackage.VOLUME__FREE_SPACE:
				setFreeSpace((FreeSpace)null);
				return;
			case ExtentlabPackage.VOLUME__ROOT:
				setRoot((Directory)null);
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
			case ExtentlabPackage.VOLUME__FORMAT:
				return FORMAT_EDEFAULT == null ? format != null : !FORMAT_EDEFAULT.equals(format);
			case ExtentlabPackage.VOLUME__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case ExtentlabPackage.VOLUME__UUID:
				return UUID_EDEFAULT == null ? uuid != null : !UUID_EDEFAULT.equals(uuid);
			case ExtentlabPackage.VOLUME__IMAGE_PATH:
				return IMAGE_PATH_EDEFAULT == null ? imagePath != null : !IMAGE_PATH_EDEFAULT.equals(imagePath);
			case ExtentlabPackage.VOLUME__VOLUME_START:
				return volumeStart != VOLUME_START_EDEFAULT;
			case ExtentlabPackage.VOLUME__BLOCK_SIZE:
				return blockSize != BLOCK_SIZE_EDEFAULT;
			case ExtentlabPackage.VOLUME__BLOCK_COUNT:
				return blockCount != BLOCK_COUNT_EDEFAULT;
			case ExtentlabPackage.VOLUME__SECTOR_SIZE:
				return sectorSize != SECTOR_SIZE_EDEFAULT;
			case ExtentlabPackage.VOLUME__FEATURES:
				return features != null && !features.isEmpty();
			case ExtentlabPackage.VOLUME__PROBLEMS:
				return problems != null && !problems.isEmpty();
			case ExtentlabPackage.VOLUME__DEVICE:
				return device != null;
			case ExtentlabPackage.VOLUME__FREE_SPACE:
				return freeSpace != null;
			case ExtentlabPackage.VOLUME__ROOT:
				return root != null;
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
		result.append(" (format: ");
		result.append(format);
		result.append(", label: ");
		result.append(label);
		result.append(", uuid: ");
		result.append(uuid);
		result.append(", imagePath: ");
		result.append(imagePath);
		result.append(", volumeStart: ");
		result.append(volumeStart);
		result.append(", blockSize: ");
		result.append(blockSize);
		result.append(", blockCount: ");
		result.append(blockCount);
		result.append(", sectorSize: ");
		result.append(sectorSize);
		result.append(", features: ");
		result.append(features);
		result.append(", problems: ");
		result.append(problems);
		result.append(')');
		return result.toString();
	}

} //VolumeImpl
