package org.extentlab.internal.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.extentlab.internal.ui.ProtocolTraceView;
import org.extentlab.internal.ui.VolumeMapView;

/**
 * The Extent Lab perspective: the image on the left, the Volume Map and the Protocol Trace on the
 * right, and room for the other protocol views (packer, timeline) by their ids.
 */
public class ExtentLabPerspective implements IPerspectiveFactory {
    public static final String ID = "org.extentlab.app.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        String editorArea = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("org.extentlab.app.folder.left", IPageLayout.LEFT, 0.3f, editorArea);
        left.addView(ImageSummaryView.ID);
        left.addPlaceholder("org.extentlab.ui.views.navigator");
        IFolderLayout main = layout.createFolder("org.extentlab.app.folder.main", IPageLayout.RIGHT, 0.3f, editorArea);
        main.addView(VolumeMapView.ID);
        main.addPlaceholder("org.extentlab.ui.views.*");
        IFolderLayout bottom = layout.createFolder("org.extentlab.app.folder.bottom", IPageLayout.BOTTOM, 0.5f,
                "org.extentlab.app.folder.main");
        bottom.addView(ProtocolTraceView.ID);
    }
}
