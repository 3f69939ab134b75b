package org.extentlab.internal.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.extentlab.internal.ui.BlockHexView;
import org.extentlab.internal.ui.ExtentPackerView;
import org.extentlab.internal.ui.FreeSpaceView;
import org.extentlab.internal.ui.PropertiesView;
import org.extentlab.internal.ui.ProtocolTraceView;
import org.extentlab.internal.ui.TimelineView;
import org.extentlab.internal.ui.VolumeMapView;
import org.extentlab.internal.ui.VolumeNavigatorView;

/**
 * The Extent Lab perspective: the Volume Navigator and the image on the left; on the right the Volume Map, the Extent Packer
 * and the Protocol Trace, and room for the other protocol views by their ids.
 */
public class ExtentLabPerspective implements IPerspectiveFactory {
    public static final String ID = "org.extentlab.app.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        String editorArea = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("org.extentlab.app.folder.left", IPageLayout.LEFT, 0.3f, editorArea);
        left.addView(VolumeNavigatorView.ID);
        left.addPlaceholder(LessonView.ID);
        left.addPlaceholder(ExerciseView.ID);
        left.addPlaceholder("org.eclipse.help.ui.HelpView"); // Eclipse Help: F1, Search
        IFolderLayout image = layout.createFolder("org.extentlab.app.folder.image", IPageLayout.BOTTOM, 0.55f,
                "org.extentlab.app.folder.left");
        image.addView(ImageSummaryView.ID);
        image.addView(PropertiesView.ID);
        IFolderLayout main = layout.createFolder("org.extentlab.app.folder.main", IPageLayout.RIGHT, 0.3f, editorArea);
        main.addView(VolumeMapView.ID);
        main.addView(FreeSpaceView.ID);
        main.addPlaceholder("org.extentlab.ui.views.*");
        IFolderLayout middle = layout.createFolder("org.extentlab.app.folder.middle", IPageLayout.BOTTOM, 0.35f,
                "org.extentlab.app.folder.main");
        middle.addView(ExtentPackerView.ID);
        middle.addView(TimelineView.ID);
        IFolderLayout bottom = layout.createFolder("org.extentlab.app.folder.bottom", IPageLayout.BOTTOM, 0.45f,
                "org.extentlab.app.folder.middle");
        bottom.addView(ProtocolTraceView.ID);
        bottom.addView(BlockHexView.ID);
    }
}
