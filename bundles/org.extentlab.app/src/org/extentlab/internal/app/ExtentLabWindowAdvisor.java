package org.extentlab.internal.app;

import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Shapes the Extent Lab window; its title names the open image, and says when its volume is damaged. */
public class ExtentLabWindowAdvisor extends WorkbenchWindowAdvisor {
    private final Consumer<ImageState> titleUpdater = this::updateTitle;

    public ExtentLabWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new ExtentLabActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        // On the first start (no saved layout yet) the window takes the screen: a projector's or a laptop's.
        org.eclipse.swt.widgets.Monitor screen = org.eclipse.swt.widgets.Display.getDefault().getPrimaryMonitor();
        org.eclipse.swt.graphics.Rectangle area = screen == null ? null : screen.getClientArea();
        configurer.setInitialSize(area == null || area.width < 640 ? new Point(1280, 800)
                : new Point(area.width, area.height));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowPerspectiveBar(false);
        configurer.setTitle(Messages.WindowTitle);
    }

    @Override
    public void postWindowOpen() {
        ImageSession.getDefault().addListener(titleUpdater);
    }

    @Override
    public void postWindowClose() {
        ImageSession.getDefault().removeListener(titleUpdater);
    }

    private void updateTitle(ImageState state) {
        String title = switch (state) {
        // "Read-only" is what a damaged volume is (writes fail with EROFS); the image file itself is never
        // written, damaged or not, which the title need not say.
        case ImageState.Opened opened -> NLS.bind(opened.volume() != null && !opened.volume().problems().isEmpty()
                ? Messages.WindowTitleDamaged : Messages.WindowTitleWithImage, ImageSession.fileName(opened.path()));
        default -> Messages.WindowTitle;
        };
        getWindowConfigurer().setTitle(title);
    }
}
