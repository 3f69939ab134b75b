package org.extentlab.internal.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Extent Lab perspective: the image on the left, room for the protocol views (packer, map,
 * timeline, trace) that later bundles place by their ids.
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
        main.addPlaceholder("org.extentlab.ui.views.*");
    }
}
