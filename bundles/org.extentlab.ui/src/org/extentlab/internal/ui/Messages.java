package org.extentlab.internal.ui;

import org.eclipse.osgi.util.NLS;

/** Strings a user reads in the protocol views, their dialogs and preference pages. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.extentlab.internal.ui.messages"; //$NON-NLS-1$

    public static String Fault_Title;
    public static String Fault_Intro;
    public static String Fault_Where;
    public static String Fault_Blockmap;
    public static String Fault_CompleteIO;
    public static String Fault_DeviceRead;
    public static String Fault_Error;
    public static String Run_Title;
    public static String Preferences_Description;
    public static String Preferences_Capacity;
    public static String Preferences_Policy;
    public static String Preferences_Seed;
    public static String Preferences_SeedError;
    public static String Preferences_Interval;
    public static String Preferences_Switch;
    public static String Preferences_Faults;
    public static String Preferences_ErrorTitle;
    public static String Appearance_Description;
    public static String Appearance_Flash;
    public static String Appearance_Free;
    public static String Appearance_Metadata;
    public static String Appearance_Selected;
    public static String Appearance_Stale;
    public static String Appearance_Allocated;
    public static String Appearance_Freed;
    public static String Appearance_Written;
    public static String Edit_Undo;
    public static String Edit_Redo;
    public static String Perform_Title;
    public static String Transport_ErrorTitle;
    public static String Load_Title;
    public static String Perform_Message;
    public static String Perform_Empty;
    public static String Perform_NoOperation;
    public static String Timeline_ByOperation;
    public static String Timeline_ByOperationTip;
    public static String Timeline_GoToEvent;
    public static String Timeline_GoToEventTip;
    public static String Timeline_NoEvents;
    public static String Timeline_GoToEventTitle;
    public static String Timeline_GoToEventMessage;
    public static String Timeline_GoToEventError;
    public static String Timeline_NoTrace;
    public static String Trace_Columns;
    public static String Trace_AnyKind;
    public static String Trace_AnyCall;
    public static String Trace_KindTip;
    public static String Trace_CallTip;
    public static String Trace_ItemTip;
    public static String Trace_Selected;
    public static String Trace_SelectedTip;
    public static String Trace_OperationTip;
    public static String Trace_Problems;
    public static String Trace_ShowAll;
    public static String Trace_Rows;
    public static String Trace_RowsFiltered;
    public static String Export_TraceTitle;
    public static String Export_RunTitle;
    public static String Export_ViewTitle;
    public static String Export_NoSimulation;
    public static String Export_NoView;
    public static String Export_RunDialog;
    public static String Export_TraceDialog;
    public static String Export_ViewDialog;
    public static String SaveImage_Title;
    public static String SaveImage_Dialog;
    public static String Export_IsImage;
    public static String Export_FramesExist;
    public static String Export_ViewClosed;
    public static String Export_FramesFailed;
    public static String Export_Failed;
    public static String Packer_Nothing;
    public static String Packer_Full;
    public static String Hex_Nothing;
    public static String Hex_Unreadable;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
