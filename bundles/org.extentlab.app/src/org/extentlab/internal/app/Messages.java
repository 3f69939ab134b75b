package org.extentlab.internal.app;

import org.eclipse.osgi.util.NLS;

/** Strings a user reads in the application window. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.extentlab.internal.app.messages"; //$NON-NLS-1$

    public static String WindowTitle;
    public static String WindowTitleWithImage;
    public static String Menu_File;
    public static String Menu_Edit;
    public static String Menu_Operations;
    public static String Menu_Window;
    public static String Menu_ShowView;
    public static String Menu_Help;
    public static String Status_NoImage;
    public static String Status_Opening;
    public static String Status_Opened;
    public static String Status_Failed;
    public static String Open_DialogTitle;
    public static String Open_FilterImages;
    public static String Open_FilterAll;
    public static String Open_JobName;
    public static String Open_ErrorTitle;
    public static String Open_ErrorMessage;
    public static String Open_Cancelled;
    public static String Open_NoSuchFile;
    public static String Partition_ShellTitle;
    public static String Partition_Title;
    public static String Partition_Message;
    public static String Partition_Number;
    public static String Partition_Contents;
    public static String Partition_Start;
    public static String Partition_Size;
    public static String Partition_Type;
    public static String Partition_Open;
    public static String Sample_Unavailable;
    public static String Lesson_Choose;
    public static String Lesson_Back;
    public static String Lesson_Next;
    public static String Lesson_Restart;
    public static String Lesson_ErrorTitle;
    public static String Lesson_Unreadable;
    public static String Lesson_NoFit;
    public static String Lesson_NoVolume;
    public static String Lesson_Opening;
    public static String Lesson_Header;
    public static String Lesson_Findings;
    public static String Lesson_PickOne;
    public static String Lesson_Starting;
    public static String Lesson_NotActive;
    public static String Lesson_Position;
    public static String Lesson_End;
    public static String Lesson_NoSuchLesson;
    public static String Lesson_OpenFile;
    public static String Lesson_NextLine;
    public static String Lesson_OpenFileTip;
    public static String About_Title;
    public static String Summary_Property;
    public static String Summary_Value;
    public static String Summary_Path;
    public static String Summary_Size;
    public static String Summary_Format;
    public static String Summary_Supported;
    public static String Summary_SupportedYes;
    public static String Summary_SupportedUnreadable;
    public static String Summary_SupportedNo;
    public static String Summary_BlockSize;
    public static String Summary_BlockCount;
    public static String Summary_Label;
    public static String Summary_Partition;
    public static String Summary_Note;
    public static String Summary_Access;
    public static String Summary_Volume;
    public static String Summary_VolumeValue;
    public static String Summary_VolumeStart;
    public static String Summary_Features;
    public static String Summary_Files;
    public static String Summary_Free;
    public static String Summary_FreeValue;
    public static String Summary_Problems;
    public static String Summary_NoProblems;
    public static String Summary_ReadOnly;
    public static String Summary_Error;
    public static String Launch_Problem;
    public static String Session_SaveTitle;
    public static String Session_OpenTitle;
    public static String Session_NothingToSave;
    public static String Session_Busy;
    public static String Session_Saving;
    public static String Session_NotSaved;
    public static String Session_Opening;
    public static String Session_ImageDidNotOpen;
    public static String Session_IsTheImage;
    public static String Session_NoSuchFile;
    public static String Session_NotASession;
    public static String Session_Unreadable;
    public static String Session_NoImage;
    public static String Session_ImageMissing;
    public static String Session_ImageChanged;
    public static String Session_NoPolicy;
    public static String Session_NoSwitch;
    public static String Session_BadScript;
    public static String Session_NoSuchStep;
    public static String Simulation_NoVolume;
    public static String Simulation_Waiting;
    public static String About_Text;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
