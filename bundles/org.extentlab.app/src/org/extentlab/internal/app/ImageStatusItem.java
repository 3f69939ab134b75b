package org.extentlab.internal.app;

import java.util.function.Consumer;

import org.eclipse.jface.action.StatusLineContributionItem;

/** The status-line field that names the open image, its size and its format. */
public class ImageStatusItem extends StatusLineContributionItem {
    public static final String ID = "org.extentlab.app.status.image";

    private final Consumer<ImageState> listener = state -> setText(ImageSession.describe(state));

    public ImageStatusItem() {
        super(ID, 110);
        ImageSession.getDefault().addListener(listener);
    }

    @Override
    public void dispose() {
        ImageSession.getDefault().removeListener(listener);
        super.dispose();
    }
}
