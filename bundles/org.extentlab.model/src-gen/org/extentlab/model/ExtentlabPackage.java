/**
 */
package org.extentlab.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see org.extentlab.model.ExtentlabFactory
 * @model kind="package"
 * @generated
 */
public interface ExtentlabPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://extentlab.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "extentlab";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ExtentlabPackage eINSTANCE = org.extentlab.model.impl.ExtentlabPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.extentlab.model.impl.VolumeImpl <em>Volume</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.extentlab.model.impl.VolumeImpl
	 * @see org.extentlab.model.impl.ExtentlabPackageImpl#getVolume()
	 * @generated
	 */
	int VOLUME = 0;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__FORMAT = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__UUID = 2;

	/**
	 * The feature id for the '<em><b>Image Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__IMAGE_PATH = 3;

	/**
	 * The feature id for the '<em><b>Volume Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__VOLUME_START = 4;

	/**
	 * The feature id for the '<em><b>Block Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__BLOCK_SIZE = 5;

	/**
	 * The feature id for the '<em><b>Block Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__BLOCK_COUNT = 6;

	/**
	 * The feature id for the '<em><b>Sector Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__SECTOR_SIZE = 7;

	/**
	 * The feature id for the '<em><b>Features</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__FEATURES = 8;

	/**
	 * The feature id for the '<em><b>Problems</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__PROBLEMS = 9;

	/**
	 * The feature id for the '<em><b>Device</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__DEVICE = 10;

	/**
	 * The feature id for the '<em><b>Free Space</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__FREE_SPACE = 11;

	/**
	 * The feature id for the '<em><b>Root</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__ROOT = 12;

	/**
	 * The number of structural features of the '<em>Volume</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Volume</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.extentlab.model.impl.BlockDeviceImpl <em>Block Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.extentlab.model.impl.BlockDeviceImpl
	 * @see org.extentlab.model.impl.ExtentlabPackageImpl#getBlockDevice()
	 * @generated
	 */
	int BLOCK_DEVICE = 1;

	/**
	 * The feature id for the '<em><b>Block Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_DEVICE__BLOCK_SIZE = 0;

	/**
	 * The feature id for the '<em><b>Block Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_DEVICE__BLOCK_COUNT = 1;

	/**
	 * The feature id for the '<em><b>Physical Block Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_DEVICE__PHYSICAL_BLOCK_SIZE = 2;

	/**
	 * The feature id for the '<em><b>Writable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_DEVICE__WRITABLE = 3;

	/**
	 * The number of structural features of the '<em>Block Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_DEVICE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Block Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_DEVICE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.extentlab.model.impl.FreeSpaceImpl <em>Free Space</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.extentlab.model.impl.FreeSpaceImpl
	 * @see org.extentlab.model.impl.ExtentlabPackageImpl#getFreeSpace()
	 * @generated
	 */
	int FREE_SPACE = 2;

	/**
	 * The feature id for the '<em><b>Free Blocks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FREE_SPACE__FREE_BLOCKS = 0;

	/**
	 * The feature id for the '<em><b>Runs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FREE_SPACE__RUNS = 1;

	/**
	 * The number of structural features of the '<em>Free Space</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FREE_SPACE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Free Space</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FREE_SPACE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.extentlab.model.impl.ItemImpl <em>Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.extentlab.model.impl.ItemImpl
	 * @see org.extentlab.model.impl.ExtentlabPackageImpl#getItem()
	 * @generated
	 */
	int ITEM = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__NAME = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__ID = 1;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__MODE = 2;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__UID = 3;

	/**
	 * The feature id for the '<em><b>Gid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__GID = 4;

	/**
	 * The feature id for the '<em><b>Access Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__ACCESS_TIME = 5;

	/**
	 * The feature id for the '<em><b>Modify Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__MODIFY_TIME = 6;

	/**
	 * The feature id for the '<em><b>Change Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__CHANGE_TIME = 7;

	/**
	 * The feature id for the '<em><b>Inhibit Kernel Offloaded IO</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__INHIBIT_KERNEL_OFFLOADED_IO = 8;

	/**
	 * The number of structural features of the '<em>Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.extentlab.model.impl.DirectoryImpl <em>Directory</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.extentlab.model.impl.DirectoryImpl
	 * @see org.extentlab.model.impl.ExtentlabPackageImpl#getDirectory()
	 * @generated
	 */
	int DIRECTORY = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY__NAME = ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY__ID = ITEM__ID;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY__MODE = ITEM__MODE;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY__UID = ITEM__UID;

	/**
	 * The feature id for the '<em><b>Gid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY__GID = ITEM__GID;

	/**
	 * The feature id for the '<em><b>Access Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY__ACCESS_TIME = ITEM__ACCESS_TIME;

	/**
	 * The feature id for the '<em><b>Modify Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY__MODIFY_TIME = ITEM__MODIFY_TIME;

	/**
	 * The feature id for the '<em><b>Change Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY__CHANGE_TIME = ITEM__CHANGE_TIME;

	/**
	 * The feature id for the '<em><b>Inhibit Kernel Offloaded IO</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY__INHIBIT_KERNEL_OFFLOADED_IO = ITEM__INHIBIT_KERNEL_OFFLOADED_IO;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY__CHILDREN = ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Directory</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY_FEATURE_COUNT = ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Directory</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY_OPERATION_COUNT = ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.extentlab.model.impl.FileImpl <em>File</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.extentlab.model.impl.FileImpl
	 * @see org.extentlab.model.impl.ExtentlabPackageImpl#getFile()
	 * @generated
	 */
	int FILE = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE__NAME = ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE__ID = ITEM__ID;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE__MODE = ITEM__MODE;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE__UID = ITEM__UID;

	/**
	 * The feature id for the '<em><b>Gid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE__GID = ITEM__GID;

	/**
	 * The feature id for the '<em><b>Access Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE__ACCESS_TIME = ITEM__ACCESS_TIME;

	/**
	 * The feature id for the '<em><b>Modify Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE__MODIFY_TIME = ITEM__MODIFY_TIME;

	/**
	 * The feature id for the '<em><b>Change Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE__CHANGE_TIME = ITEM__CHANGE_TIME;

	/**
	 * The feature id for the '<em><b>Inhibit Kernel Offloaded IO</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE__INHIBIT_KERNEL_OFFLOADED_IO = ITEM__INHIBIT_KERNEL_OFFLOADED_IO;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE__SIZE = ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Allocated Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE__ALLOCATED_SIZE = ITEM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Valid Data Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE__VALID_DATA_LENGTH = ITEM_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Inline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE__INLINE = ITEM_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Damage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE__DAMAGE = ITEM_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Extent Runs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE__EXTENT_RUNS = ITEM_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_FEATURE_COUNT = ITEM_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_OPERATION_COUNT = ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.extentlab.model.impl.SymlinkImpl <em>Symlink</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.extentlab.model.impl.SymlinkImpl
	 * @see org.extentlab.model.impl.ExtentlabPackageImpl#getSymlink()
	 * @generated
	 */
	int SYMLINK = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMLINK__NAME = ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMLINK__ID = ITEM__ID;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMLINK__MODE = ITEM__MODE;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMLINK__UID = ITEM__UID;

	/**
	 * The feature id for the '<em><b>Gid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMLINK__GID = ITEM__GID;

	/**
	 * The feature id for the '<em><b>Access Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMLINK__ACCESS_TIME = ITEM__ACCESS_TIME;

	/**
	 * The feature id for the '<em><b>Modify Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMLINK__MODIFY_TIME = ITEM__MODIFY_TIME;

	/**
	 * The feature id for the '<em><b>Change Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMLINK__CHANGE_TIME = ITEM__CHANGE_TIME;

	/**
	 * The feature id for the '<em><b>Inhibit Kernel Offloaded IO</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMLINK__INHIBIT_KERNEL_OFFLOADED_IO = ITEM__INHIBIT_KERNEL_OFFLOADED_IO;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMLINK__TARGET = ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Symlink</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMLINK_FEATURE_COUNT = ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Symlink</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMLINK_OPERATION_COUNT = ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.extentlab.model.impl.ExtentImpl <em>Extent</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.extentlab.model.impl.ExtentImpl
	 * @see org.extentlab.model.impl.ExtentlabPackageImpl#getExtent()
	 * @generated
	 */
	int EXTENT = 7;

	/**
	 * The feature id for the '<em><b>Logical Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENT__LOGICAL_OFFSET = 0;

	/**
	 * The feature id for the '<em><b>Physical Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENT__PHYSICAL_OFFSET = 1;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENT__LENGTH = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENT__KIND = 3;

	/**
	 * The feature id for the '<em><b>Unwritten</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENT__UNWRITTEN = 4;

	/**
	 * The number of structural features of the '<em>Extent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Extent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.extentlab.model.impl.SessionImpl <em>Session</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.extentlab.model.impl.SessionImpl
	 * @see org.extentlab.model.impl.ExtentlabPackageImpl#getSession()
	 * @generated
	 */
	int SESSION = 8;

	/**
	 * The feature id for the '<em><b>Image Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__IMAGE_PATH = 0;

	/**
	 * The feature id for the '<em><b>Image Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__IMAGE_SHA256 = 1;

	/**
	 * The feature id for the '<em><b>Partition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__PARTITION = 2;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__SEED = 3;

	/**
	 * The feature id for the '<em><b>Script</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__SCRIPT = 4;

	/**
	 * The feature id for the '<em><b>Packer Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__PACKER_CAPACITY = 5;

	/**
	 * The feature id for the '<em><b>Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__POLICY = 6;

	/**
	 * The feature id for the '<em><b>Switches</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__SWITCHES = 7;

	/**
	 * The feature id for the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__POSITION = 8;

	/**
	 * The number of structural features of the '<em>Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.extentlab.model.ExtentKind <em>Extent Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.extentlab.model.ExtentKind
	 * @see org.extentlab.model.impl.ExtentlabPackageImpl#getExtentKind()
	 * @generated
	 */
	int EXTENT_KIND = 9;

	/**
	 * The meta object id for the '<em>Long Array</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.extentlab.model.impl.ExtentlabPackageImpl#getLongArray()
	 * @generated
	 */
	int LONG_ARRAY = 10;

	/**
	 * The meta object id for the '<em>Extent Runs Data</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.extentlab.model.bulk.ExtentRuns
	 * @see org.extentlab.model.impl.ExtentlabPackageImpl#getExtentRunsData()
	 * @generated
	 */
	int EXTENT_RUNS_DATA = 11;


	/**
	 * Returns the meta object for class '{@link org.extentlab.model.Volume <em>Volume</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Volume</em>'.
	 * @see org.extentlab.model.Volume
	 * @generated
	 */
	EClass getVolume();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.Volume#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.extentlab.model.Volume#getFormat()
	 * @see #getVolume()
	 * @generated
	 */
	EAttribute getVolume_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.Volume#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.extentlab.model.Volume#getLabel()
	 * @see #getVolume()
	 * @generated
	 */
	EAttribute getVolume_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.Volume#getUuid <em>Uuid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uuid</em>'.
	 * @see org.extentlab.model.Volume#getUuid()
	 * @see #getVolume()
	 * @generated
	 */
	EAttribute getVolume_Uuid();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.Volume#getImagePath <em>Image Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Image Path</em>'.
	 * @see org.extentlab.model.Volume#getImagePath()
	 * @see #getVolume()
	 * @generated
	 */
	EAttribute getVolume_ImagePath();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.Volume#getVolumeStart <em>Volume Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Volume Start</em>'.
	 * @see org.extentlab.model.Volume#getVolumeStart()
	 * @see #getVolume()
	 * @generated
	 */
	EAttribute getVolume_VolumeStart();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.Volume#getBlockSize <em>Block Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Block Size</em>'.
	 * @see org.extentlab.model.Volume#getBlockSize()
	 * @see #getVolume()
	 * @generated
	 */
	EAttribute getVolume_BlockSize();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.Volume#getBlockCount <em>Block Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Block Count</em>'.
	 * @see org.extentlab.model.Volume#getBlockCount()
	 * @see #getVolume()
	 * @generated
	 */
	EAttribute getVolume_BlockCount();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.Volume#getSectorSize <em>Sector Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sector Size</em>'.
	 * @see org.extentlab.model.Volume#getSectorSize()
	 * @see #getVolume()
	 * @generated
	 */
	EAttribute getVolume_SectorSize();

	/**
	 * Returns the meta object for the attribute list '{@link org.extentlab.model.Volume#getFeatures <em>Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Features</em>'.
	 * @see org.extentlab.model.Volume#getFeatures()
	 * @see #getVolume()
	 * @generated
	 */
	EAttribute getVolume_Features();

	/**
	 * Returns the meta object for the attribute list '{@link org.extentlab.model.Volume#getProblems <em>Problems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Problems</em>'.
	 * @see org.extentlab.model.Volume#getProblems()
	 * @see #getVolume()
	 * @generated
	 */
	EAttribute getVolume_Problems();

	/**
	 * Returns the meta object for the containment reference '{@link org.extentlab.model.Volume#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Device</em>'.
	 * @see org.extentlab.model.Volume#getDevice()
	 * @see #getVolume()
	 * @generated
	 */
	EReference getVolume_Device();

	/**
	 * Returns the meta object for the containment reference '{@link org.extentlab.model.Volume#getFreeSpace <em>Free Space</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Free Space</em>'.
	 * @see org.extentlab.model.Volume#getFreeSpace()
	 * @see #getVolume()
	 * @generated
	 */
	EReference getVolume_FreeSpace();

	/**
	 * Returns the meta object for the containment reference '{@link org.extentlab.model.Volume#getRoot <em>Root</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Root</em>'.
	 * @see org.extentlab.model.Volume#getRoot()
	 * @see #getVolume()
	 * @generated
	 */
	EReference getVolume_Root();

	/**
	 * Returns the meta object for class '{@link org.extentlab.model.BlockDevice <em>Block Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Block Device</em>'.
	 * @see org.extentlab.model.BlockDevice
	 * @generated
	 */
	EClass getBlockDevice();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.BlockDevice#getBlockSize <em>Block Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Block Size</em>'.
	 * @see org.extentlab.model.BlockDevice#getBlockSize()
	 * @see #getBlockDevice()
	 * @generated
	 */
	EAttribute getBlockDevice_BlockSize();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.BlockDevice#getBlockCount <em>Block Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Block Count</em>'.
	 * @see org.extentlab.model.BlockDevice#getBlockCount()
	 * @see #getBlockDevice()
	 * @generated
	 */
	EAttribute getBlockDevice_BlockCount();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.BlockDevice#getPhysicalBlockSize <em>Physical Block Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Physical Block Size</em>'.
	 * @see org.extentlab.model.BlockDevice#getPhysicalBlockSize()
	 * @see #getBlockDevice()
	 * @generated
	 */
	EAttribute getBlockDevice_PhysicalBlockSize();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.BlockDevice#isWritable <em>Writable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Writable</em>'.
	 * @see org.extentlab.model.BlockDevice#isWritable()
	 * @see #getBlockDevice()
	 * @generated
	 */
	EAttribute getBlockDevice_Writable();

	/**
	 * Returns the meta object for class '{@link org.extentlab.model.FreeSpace <em>Free Space</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Free Space</em>'.
	 * @see org.extentlab.model.FreeSpace
	 * @generated
	 */
	EClass getFreeSpace();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.FreeSpace#getFreeBlocks <em>Free Blocks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Free Blocks</em>'.
	 * @see org.extentlab.model.FreeSpace#getFreeBlocks()
	 * @see #getFreeSpace()
	 * @generated
	 */
	EAttribute getFreeSpace_FreeBlocks();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.FreeSpace#getRuns <em>Runs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Runs</em>'.
	 * @see org.extentlab.model.FreeSpace#getRuns()
	 * @see #getFreeSpace()
	 * @generated
	 */
	EAttribute getFreeSpace_Runs();

	/**
	 * Returns the meta object for class '{@link org.extentlab.model.Item <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Item</em>'.
	 * @see org.extentlab.model.Item
	 * @generated
	 */
	EClass getItem();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.Item#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.extentlab.model.Item#getName()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.Item#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.extentlab.model.Item#getId()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.Item#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.extentlab.model.Item#getMode()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.Item#getUid <em>Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uid</em>'.
	 * @see org.extentlab.model.Item#getUid()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Uid();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.Item#getGid <em>Gid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gid</em>'.
	 * @see org.extentlab.model.Item#getGid()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Gid();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.Item#getAccessTime <em>Access Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Access Time</em>'.
	 * @see org.extentlab.model.Item#getAccessTime()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_AccessTime();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.Item#getModifyTime <em>Modify Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modify Time</em>'.
	 * @see org.extentlab.model.Item#getModifyTime()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_ModifyTime();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.Item#getChangeTime <em>Change Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Change Time</em>'.
	 * @see org.extentlab.model.Item#getChangeTime()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_ChangeTime();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.Item#isInhibitKernelOffloadedIO <em>Inhibit Kernel Offloaded IO</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inhibit Kernel Offloaded IO</em>'.
	 * @see org.extentlab.model.Item#isInhibitKernelOffloadedIO()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_InhibitKernelOffloadedIO();

	/**
	 * Returns the meta object for class '{@link org.extentlab.model.Directory <em>Directory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Directory</em>'.
	 * @see org.extentlab.model.Directory
	 * @generated
	 */
	EClass getDirectory();

	/**
	 * Returns the meta object for the containment reference list '{@link org.extentlab.model.Directory#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.extentlab.model.Directory#getChildren()
	 * @see #getDirectory()
	 * @generated
	 */
	EReference getDirectory_Children();

	/**
	 * Returns the meta object for class '{@link org.extentlab.model.File <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>File</em>'.
	 * @see org.extentlab.model.File
	 * @generated
	 */
	EClass getFile();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.File#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.extentlab.model.File#getSize()
	 * @see #getFile()
	 * @generated
	 */
	EAttribute getFile_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.File#getAllocatedSize <em>Allocated Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allocated Size</em>'.
	 * @see org.extentlab.model.File#getAllocatedSize()
	 * @see #getFile()
	 * @generated
	 */
	EAttribute getFile_AllocatedSize();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.File#getValidDataLength <em>Valid Data Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid Data Length</em>'.
	 * @see org.extentlab.model.File#getValidDataLength()
	 * @see #getFile()
	 * @generated
	 */
	EAttribute getFile_ValidDataLength();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.File#isInline <em>Inline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inline</em>'.
	 * @see org.extentlab.model.File#isInline()
	 * @see #getFile()
	 * @generated
	 */
	EAttribute getFile_Inline();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.File#getDamage <em>Damage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Damage</em>'.
	 * @see org.extentlab.model.File#getDamage()
	 * @see #getFile()
	 * @generated
	 */
	EAttribute getFile_Damage();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.File#getExtentRuns <em>Extent Runs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Extent Runs</em>'.
	 * @see org.extentlab.model.File#getExtentRuns()
	 * @see #getFile()
	 * @generated
	 */
	EAttribute getFile_ExtentRuns();

	/**
	 * Returns the meta object for class '{@link org.extentlab.model.Symlink <em>Symlink</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Symlink</em>'.
	 * @see org.extentlab.model.Symlink
	 * @generated
	 */
	EClass getSymlink();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.Symlink#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.extentlab.model.Symlink#getTarget()
	 * @see #getSymlink()
	 * @generated
	 */
	EAttribute getSymlink_Target();

	/**
	 * Returns the meta object for class '{@link org.extentlab.model.Extent <em>Extent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Extent</em>'.
	 * @see org.extentlab.model.Extent
	 * @generated
	 */
	EClass getExtent();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.Extent#getLogicalOffset <em>Logical Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Logical Offset</em>'.
	 * @see org.extentlab.model.Extent#getLogicalOffset()
	 * @see #getExtent()
	 * @generated
	 */
	EAttribute getExtent_LogicalOffset();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.Extent#getPhysicalOffset <em>Physical Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Physical Offset</em>'.
	 * @see org.extentlab.model.Extent#getPhysicalOffset()
	 * @see #getExtent()
	 * @generated
	 */
	EAttribute getExtent_PhysicalOffset();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.Extent#getLength <em>Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Length</em>'.
	 * @see org.extentlab.model.Extent#getLength()
	 * @see #getExtent()
	 * @generated
	 */
	EAttribute getExtent_Length();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.Extent#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.extentlab.model.Extent#getKind()
	 * @see #getExtent()
	 * @generated
	 */
	EAttribute getExtent_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.Extent#isUnwritten <em>Unwritten</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unwritten</em>'.
	 * @see org.extentlab.model.Extent#isUnwritten()
	 * @see #getExtent()
	 * @generated
	 */
	EAttribute getExtent_Unwritten();

	/**
	 * Returns the meta object for class '{@link org.extentlab.model.Session <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Session</em>'.
	 * @see org.extentlab.model.Session
	 * @generated
	 */
	EClass getSession();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.Session#getImagePath <em>Image Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Image Path</em>'.
	 * @see org.extentlab.model.Session#getImagePath()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_ImagePath();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.Session#getImageSha256 <em>Image Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Image Sha256</em>'.
	 * @see org.extentlab.model.Session#getImageSha256()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_ImageSha256();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.Session#getPartition <em>Partition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Partition</em>'.
	 * @see org.extentlab.model.Session#getPartition()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Partition();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.Session#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.extentlab.model.Session#getSeed()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Seed();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.Session#getScript <em>Script</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Script</em>'.
	 * @see org.extentlab.model.Session#getScript()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Script();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.Session#getPackerCapacity <em>Packer Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Packer Capacity</em>'.
	 * @see org.extentlab.model.Session#getPackerCapacity()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_PackerCapacity();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.Session#getPolicy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Policy</em>'.
	 * @see org.extentlab.model.Session#getPolicy()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Policy();

	/**
	 * Returns the meta object for the attribute list '{@link org.extentlab.model.Session#getSwitches <em>Switches</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Switches</em>'.
	 * @see org.extentlab.model.Session#getSwitches()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Switches();

	/**
	 * Returns the meta object for the attribute '{@link org.extentlab.model.Session#getPosition <em>Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Position</em>'.
	 * @see org.extentlab.model.Session#getPosition()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Position();

	/**
	 * Returns the meta object for enum '{@link org.extentlab.model.ExtentKind <em>Extent Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Extent Kind</em>'.
	 * @see org.extentlab.model.ExtentKind
	 * @generated
	 */
	EEnum getExtentKind();

	/**
	 * Returns the meta object for data type '<em>Long Array</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Long Array</em>'.
	 * @model instanceClass="long[]" serializeable="false"
	 * @generated
	 */
	EDataType getLongArray();

	/**
	 * Returns the meta object for data type '{@link org.extentlab.model.bulk.ExtentRuns <em>Extent Runs Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Extent Runs Data</em>'.
	 * @see org.extentlab.model.bulk.ExtentRuns
	 * @model instanceClass="org.extentlab.model.bulk.ExtentRuns" serializeable="false"
	 * @generated
	 */
	EDataType getExtentRunsData();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ExtentlabFactory getExtentlabFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.extentlab.model.impl.VolumeImpl <em>Volume</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.extentlab.model.impl.VolumeImpl
		 * @see org.extentlab.model.impl.ExtentlabPackageImpl#getVolume()
		 * @generated
		 */
		EClass VOLUME = eINSTANCE.getVolume();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME__FORMAT = eINSTANCE.getVolume_Format();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME__LABEL = eINSTANCE.getVolume_Label();

		/**
		 * The meta object literal for the '<em><b>Uuid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME__UUID = eINSTANCE.getVolume_Uuid();

		/**
		 * The meta object literal for the '<em><b>Image Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME__IMAGE_PATH = eINSTANCE.getVolume_ImagePath();

		/**
		 * The meta object literal for the '<em><b>Volume Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME__VOLUME_START = eINSTANCE.getVolume_VolumeStart();

		/**
		 * The meta object literal for the '<em><b>Block Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME__BLOCK_SIZE = eINSTANCE.getVolume_BlockSize();

		/**
		 * The meta object literal for the '<em><b>Block Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME__BLOCK_COUNT = eINSTANCE.getVolume_BlockCount();

		/**
		 * The meta object literal for the '<em><b>Sector Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME__SECTOR_SIZE = eINSTANCE.getVolume_SectorSize();

		/**
		 * The meta object literal for the '<em><b>Features</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME__FEATURES = eINSTANCE.getVolume_Features();

		/**
		 * The meta object literal for the '<em><b>Problems</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME__PROBLEMS = eINSTANCE.getVolume_Problems();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOLUME__DEVICE = eINSTANCE.getVolume_Device();

		/**
		 * The meta object literal for the '<em><b>Free Space</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOLUME__FREE_SPACE = eINSTANCE.getVolume_FreeSpace();

		/**
		 * The meta object literal for the '<em><b>Root</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOLUME__ROOT = eINSTANCE.getVolume_Root();

		/**
		 * The meta object literal for the '{@link org.extentlab.model.impl.BlockDeviceImpl <em>Block Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.extentlab.model.impl.BlockDeviceImpl
		 * @see org.extentlab.model.impl.ExtentlabPackageImpl#getBlockDevice()
		 * @generated
		 */
		EClass BLOCK_DEVICE = eINSTANCE.getBlockDevice();

		/**
		 * The meta object literal for the '<em><b>Block Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BLOCK_DEVICE__BLOCK_SIZE = eINSTANCE.getBlockDevice_BlockSize();

		/**
		 * The meta object literal for the '<em><b>Block Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BLOCK_DEVICE__BLOCK_COUNT = eINSTANCE.getBlockDevice_BlockCount();

		/**
		 * The meta object literal for the '<em><b>Physical Block Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BLOCK_DEVICE__PHYSICAL_BLOCK_SIZE = eINSTANCE.getBlockDevice_PhysicalBlockSize();

		/**
		 * The meta object literal for the '<em><b>Writable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BLOCK_DEVICE__WRITABLE = eINSTANCE.getBlockDevice_Writable();

		/**
		 * The meta object literal for the '{@link org.extentlab.model.impl.FreeSpaceImpl <em>Free Space</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.extentlab.model.impl.FreeSpaceImpl
		 * @see org.extentlab.model.impl.ExtentlabPackageImpl#getFreeSpace()
		 * @generated
		 */
		EClass FREE_SPACE = eINSTANCE.getFreeSpace();

		/**
		 * The meta object literal for the '<em><b>Free Blocks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FREE_SPACE__FREE_BLOCKS = eINSTANCE.getFreeSpace_FreeBlocks();

		/**
		 * The meta object literal for the '<em><b>Runs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FREE_SPACE__RUNS = eINSTANCE.getFreeSpace_Runs();

		/**
		 * The meta object literal for the '{@link org.extentlab.model.impl.ItemImpl <em>Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.extentlab.model.impl.ItemImpl
		 * @see org.extentlab.model.impl.ExtentlabPackageImpl#getItem()
		 * @generated
		 */
		EClass ITEM = eINSTANCE.getItem();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__NAME = eINSTANCE.getItem_Name();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__ID = eINSTANCE.getItem_Id();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__MODE = eINSTANCE.getItem_Mode();

		/**
		 * The meta object literal for the '<em><b>Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__UID = eINSTANCE.getItem_Uid();

		/**
		 * The meta object literal for the '<em><b>Gid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__GID = eINSTANCE.getItem_Gid();

		/**
		 * The meta object literal for the '<em><b>Access Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__ACCESS_TIME = eINSTANCE.getItem_AccessTime();

		/**
		 * The meta object literal for the '<em><b>Modify Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__MODIFY_TIME = eINSTANCE.getItem_ModifyTime();

		/**
		 * The meta object literal for the '<em><b>Change Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__CHANGE_TIME = eINSTANCE.getItem_ChangeTime();

		/**
		 * The meta object literal for the '<em><b>Inhibit Kernel Offloaded IO</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__INHIBIT_KERNEL_OFFLOADED_IO = eINSTANCE.getItem_InhibitKernelOffloadedIO();

		/**
		 * The meta object literal for the '{@link org.extentlab.model.impl.DirectoryImpl <em>Directory</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.extentlab.model.impl.DirectoryImpl
		 * @see org.extentlab.model.impl.ExtentlabPackageImpl#getDirectory()
		 * @generated
		 */
		EClass DIRECTORY = eINSTANCE.getDirectory();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIRECTORY__CHILDREN = eINSTANCE.getDirectory_Children();

		/**
		 * The meta object literal for the '{@link org.extentlab.model.impl.FileImpl <em>File</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.extentlab.model.impl.FileImpl
		 * @see org.extentlab.model.impl.ExtentlabPackageImpl#getFile()
		 * @generated
		 */
		EClass FILE = eINSTANCE.getFile();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE__SIZE = eINSTANCE.getFile_Size();

		/**
		 * The meta object literal for the '<em><b>Allocated Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE__ALLOCATED_SIZE = eINSTANCE.getFile_AllocatedSize();

		/**
		 * The meta object literal for the '<em><b>Valid Data Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE__VALID_DATA_LENGTH = eINSTANCE.getFile_ValidDataLength();

		/**
		 * The meta object literal for the '<em><b>Inline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE__INLINE = eINSTANCE.getFile_Inline();

		/**
		 * The meta object literal for the '<em><b>Damage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE__DAMAGE = eINSTANCE.getFile_Damage();

		/**
		 * The meta object literal for the '<em><b>Extent Runs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE__EXTENT_RUNS = eINSTANCE.getFile_ExtentRuns();

		/**
		 * The meta object literal for the '{@link org.extentlab.model.impl.SymlinkImpl <em>Symlink</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.extentlab.model.impl.SymlinkImpl
		 * @see org.extentlab.model.impl.ExtentlabPackageImpl#getSymlink()
		 * @generated
		 */
		EClass SYMLINK = eINSTANCE.getSymlink();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYMLINK__TARGET = eINSTANCE.getSymlink_Target();

		/**
		 * The meta object literal for the '{@link org.extentlab.model.impl.ExtentImpl <em>Extent</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.extentlab.model.impl.ExtentImpl
		 * @see org.extentlab.model.impl.ExtentlabPackageImpl#getExtent()
		 * @generated
		 */
		EClass EXTENT = eINSTANCE.getExtent();

		/**
		 * The meta object literal for the '<em><b>Logical Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTENT__LOGICAL_OFFSET = eINSTANCE.getExtent_LogicalOffset();

		/**
		 * The meta object literal for the '<em><b>Physical Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTENT__PHYSICAL_OFFSET = eINSTANCE.getExtent_PhysicalOffset();

		/**
		 * The meta object literal for the '<em><b>Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTENT__LENGTH = eINSTANCE.getExtent_Length();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTENT__KIND = eINSTANCE.getExtent_Kind();

		/**
		 * The meta object literal for the '<em><b>Unwritten</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTENT__UNWRITTEN = eINSTANCE.getExtent_Unwritten();

		/**
		 * The meta object literal for the '{@link org.extentlab.model.impl.SessionImpl <em>Session</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.extentlab.model.impl.SessionImpl
		 * @see org.extentlab.model.impl.ExtentlabPackageImpl#getSession()
		 * @generated
		 */
		EClass SESSION = eINSTANCE.getSession();

		/**
		 * The meta object literal for the '<em><b>Image Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__IMAGE_PATH = eINSTANCE.getSession_ImagePath();

		/**
		 * The meta object literal for the '<em><b>Image Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__IMAGE_SHA256 = eINSTANCE.getSession_ImageSha256();

		/**
		 * The meta object literal for the '<em><b>Partition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__PARTITION = eINSTANCE.getSession_Partition();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__SEED = eINSTANCE.getSession_Seed();

		/**
		 * The meta object literal for the '<em><b>Script</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__SCRIPT = eINSTANCE.getSession_Script();

		/**
		 * The meta object literal for the '<em><b>Packer Capacity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__PACKER_CAPACITY = eINSTANCE.getSession_PackerCapacity();

		/**
		 * The meta object literal for the '<em><b>Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__POLICY = eINSTANCE.getSession_Policy();

		/**
		 * The meta object literal for the '<em><b>Switches</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__SWITCHES = eINSTANCE.getSession_Switches();

		/**
		 * The meta object literal for the '<em><b>Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__POSITION = eINSTANCE.getSession_Position();

		/**
		 * The meta object literal for the '{@link org.extentlab.model.ExtentKind <em>Extent Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.extentlab.model.ExtentKind
		 * @see org.extentlab.model.impl.ExtentlabPackageImpl#getExtentKind()
		 * @generated
		 */
		EEnum EXTENT_KIND = eINSTANCE.getExtentKind();

		/**
		 * The meta object literal for the '<em>Long Array</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.extentlab.model.impl.ExtentlabPackageImpl#getLongArray()
		 * @generated
		 */
		EDataType LONG_ARRAY = eINSTANCE.getLongArray();

		/**
		 * The meta object literal for the '<em>Extent Runs Data</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.extentlab.model.bulk.ExtentRuns
		 * @see org.extentlab.model.impl.ExtentlabPackageImpl#getExtentRunsData()
		 * @generated
		 */
		EDataType EXTENT_RUNS_DATA = eINSTANCE.getExtentRunsData();

	}

} //ExtentlabPackage
