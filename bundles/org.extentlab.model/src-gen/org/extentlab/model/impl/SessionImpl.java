/**
 */
package org.extentlab.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.extentlab.model.ExtentlabPackage;
import org.extentlab.model.Session;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Session</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.extentlab.model.impl.SessionImpl#getImagePath <em>Image Path</em>}</li>
 *   <li>{@link org.extentlab.model.impl.SessionImpl#getImageSha256 <em>Image Sha256</em>}</li>
 *   <li>{@link org.extentlab.model.impl.SessionImpl#getPartition <em>Partition</em>}</li>
 *   <li>{@link org.extentlab.model.impl.SessionImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.extentlab.model.impl.SessionImpl#getScript <em>Script</em>}</li>
 *   <li>{@link org.extentlab.model.impl.SessionImpl#getPackerCapacity <em>Packer Capacity</em>}</li>
 *   <li>{@link org.extentlab.model.impl.SessionImpl#getPolicy <em>Policy</em>}</li>
 *   <li>{@link org.extentlab.model.impl.SessionImpl#getSwitches <em>Switches</em>}</li>
 *   <li>{@link org.extentlab.model.impl.SessionImpl#getPosition <em>Position</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SessionImpl extends MinimalEObjectImpl.Container implements Session {
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
	 * The default value of the '{@link #getImageSha256() <em>Image Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImageSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String IMAGE_SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImageSha256() <em>Image Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImageSha256()
	 * @generated
	 * @ordered
	 */
	protected String imageSha256 = IMAGE_SHA256_EDEFAULT;

	/**
	 * The default value of the '{@link #getPartition() <em>Partition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartition()
	 * @generated
	 * @ordered
	 */
	protected static final int PARTITION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPartition() <em>Partition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartition()
	 * @generated
	 * @ordered
	 */
	protected int partition = PARTITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The default value of the '{@link #getScript() <em>Script</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScript()
	 * @generated
	 * @ordered
	 */
	protected static final String SCRIPT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScript() <em>Script</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScript()
	 * @generated
	 * @ordered
	 */
	protected String script = SCRIPT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPackerCapacity() <em>Packer Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPackerCapacity()
	 * @generated
	 * @ordered
	 */
	protected static final int PACKER_CAPACITY_EDEFAULT = 64;

	/**
	 * The cached value of the '{@link #getPackerCapacity() <em>Packer Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPackerCapacity()
	 * @generated
	 * @ordered
	 */
	protected int packerCapacity = PACKER_CAPACITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPolicy() <em>Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String POLICY_EDEFAULT = "native";

	/**
	 * The cached value of the '{@link #getPolicy() <em>Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicy()
	 * @generated
	 * @ordered
	 */
	protected String policy = POLICY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSwitches() <em>Switches</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSwitches()
	 * @generated
	 * @ordered
	 */
	protected EList<String> switches;

	/**
	 * The default value of the '{@link #getPosition() <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosition()
	 * @generated
	 * @ordered
	 */
	protected static final int POSITION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPosition() <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosition()
	 * @generated
	 * @ordered
	 */
	protected int position = POSITION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SessionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExtentlabPackage.Literals.SESSION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.SESSION__IMAGE_PATH, oldImagePath, imagePath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImageSha256() {
		return imageSha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImageSha256(String newImageSha256) {
		String oldImageSha256 = imageSha256;
		imageSha256 = newImageSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.SESSION__IMAGE_SHA256, oldImageSha256, imageSha256));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPartition() {
		return partition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartition(int newPartition) {
		int oldPartition = partition;
		partition = newPartition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.SESSION__PARTITION, oldPartition, partition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.SESSION__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScript() {
		return script;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScript(String newScript) {
		String oldScript = script;
		script = newScript;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.SESSION__SCRIPT, oldScript, script));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPackerCapacity() {
		return packerCapacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPackerCapacity(int newPackerCapacity) {
		int oldPackerCapacity = packerCapacity;
		packerCapacity = newPackerCapacity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.SESSION__PACKER_CAPACITY, oldPackerCapacity, packerCapacity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPolicy() {
		return policy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPolicy(String newPolicy) {
		String oldPolicy = policy;
		policy = newPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.SESSION__POLICY, oldPolicy, policy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSwitches() {
		if (switches == null) {
			switches = new EDataTypeUniqueEList<String>(String.class, this, ExtentlabPackage.SESSION__SWITCHES);
		}
		return switches;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPosition() {
		return position;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPosition(int newPosition) {
		int oldPosition = position;
		position = newPosition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExtentlabPackage.SESSION__POSITION, oldPosition, position));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExtentlabPackage.SESSION__IMAGE_PATH:
				return getImagePath();
			case ExtentlabPackage.SESSION__IMAGE_SHA256:
				return getImageSha256();
			case ExtentlabPackage.SESSION__PARTITION:
				return getPartition();
			case ExtentlabPackage.SESSION__SEED:
				return getSeed();
			case ExtentlabPackage.SESSION__SCRIPT:
				return getScript();
			case ExtentlabPackage.SESSION__PACKER_CAPACITY:
				return getPackerCapacity();
			case ExtentlabPackage.SESSION__POLICY:
				return getPolicy();
			case ExtentlabPackage.SESSION__SWITCHES:
				return getSwitches();
			case ExtentlabPackage.SESSION__POSITION:
				return getPosition();
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
			case ExtentlabPackage.SESSION__IMAGE_PATH:
				setImagePath((String)newValue);
				return;
			case ExtentlabPackage.SESSION__IMAGE_SHA256:
				setImageSha256((String)newValue);
				return;
			case ExtentlabPackage.SESSION__PARTITION:
				setPartition((Integer)newValue);
				return;
			case ExtentlabPackage.SESSION__SEED:
				setSeed((Long)newValue);
				return;
			case ExtentlabPackage.SESSION__SCRIPT:
				setScript((String)newValue);
				return;
			case ExtentlabPackage.SESSION__PACKER_CAPACITY:
				setPackerCapacity((Integer)newValue);
				return;
			case ExtentlabPackage.SESSION__POLICY:
				setPolicy((String)newValue);
				return;
			case ExtentlabPackage.SESSION__SWITCHES:
				getSwitches().clear();
				getSwitches().addAll((Collection<? extends String>)newValue);
				return;
			case ExtentlabPackage.SESSION__POSITION:
				setPosition((Integer)newValue);
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
			case ExtentlabPackage.SESSION__IMAGE_PATH:
				setImagePath(IMAGE_PATH_EDEFAULT);
				return;
			case ExtentlabPackage.SESSION__IMAGE_SHA256:
				setImageSha256(IMAGE_SHA256_EDEFAULT);
				return;
			case ExtentlabPackage.SESSION__PARTITION:
				setPartition(PARTITION_EDEFAULT);
				return;
			case ExtentlabPackage.SESSION__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case ExtentlabPackage.SESSION__SCRIPT:
				setScript(SCRIPT_EDEFAULT);
				return;
			case ExtentlabPackage.SESSION__PACKER_CAPACITY:
				setPackerCapacity(PACKER_CAPACITY_EDEFAULT);
				return;
			case ExtentlabPackage.SESSION__POLICY:
				setPolicy(POLICY_EDEFAULT);
				return;
			case ExtentlabPackage.SESSION__SWITCHES:
				getSwitches().clear();
				return;
			case ExtentlabPackage.SESSION__POSITION:
				setPosition(POSITION_EDEFAULT);
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
			case ExtentlabPackage.SESSION__IMAGE_PATH:
				return IMAGE_PATH_EDEFAULT == null ? imagePath != null : !IMAGE_PATH_EDEFAULT.equals(imagePath);
			case ExtentlabPackage.SESSION__IMAGE_SHA256:
				return IMAGE_SHA256_EDEFAULT == null ? imageSha256 != null : !IMAGE_SHA256_EDEFAULT.equals(imageSha256);
			case ExtentlabPackage.SESSION__PARTITION:
				return partition != PARTITION_EDEFAULT;
			case ExtentlabPackage.SESSION__SEED:
				return seed != SEED_EDEFAULT;
			case ExtentlabPackage.SESSION__SCRIPT:
				return SCRIPT_EDEFAULT == null ? script != null : !SCRIPT_EDEFAULT.equals(script);
			case ExtentlabPackage.SESSION__PACKER_CAPACITY:
				return packerCapacity != PACKER_CAPACITY_EDEFAULT;
			case ExtentlabPackage.SESSION__POLICY:
				return POLICY_EDEFAULT == null ? policy != null : !POLICY_EDEFAULT.equals(policy);
			case ExtentlabPackage.SESSION__SWITCHES:
				return switches != null && !switches.isEmpty();
			case ExtentlabPackage.SESSION__POSITION:
				return position != POSITION_EDEFAULT;
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
		result.append(" (imagePath: ");
		result.append(imagePath);
		result.append(", imageSha256: ");
		result.append(imageSha256);
		result.append(", partition: ");
		result.append(partition);
		result.append(", seed: ");
		result.append(seed);
		result.append(", script: ");
		result.append(script);
		result.append(", packerCapacity: ");
		result.append(packerCapacity);
		result.append(", policy: ");
		result.append(policy);
		result.append(", switches: ");
		result.append(switches);
		result.append(", position: ");
		result.append(position);
		result.append(')');
		return result.toString();
	}

} //SessionImpl
