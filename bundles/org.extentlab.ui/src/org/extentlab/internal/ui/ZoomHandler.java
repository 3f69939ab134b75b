package org.extentlab.internal.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;

/**
 * View > Zoom In (Ctrl+=), Zoom Out (Ctrl+-) and Actual Size (Ctrl+0): the presentation level of the
 * whole window ({@link Presentation}). plugin.xml names the move after the class ({@code ZoomHandler:in}).
 */
public class ZoomHandler extends AbstractHandler implements IExecutableExtension {
    public static final String ZOOM_IN = "org.extentlab.ui.commands.zoomIn";
    public static final String ZOOM_OUT = "org.extentlab.ui.commands.zoomOut";
    public static final String ACTUAL_SIZE = "org.extentlab.ui.commands.actualSize";

    private String move = "in";

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        move = data instanceof String text && !text.isBlank() ? text : "in";
    }

    @Override
    public Object execute(ExecutionEvent event) {
        switch (move) {
        case "in" -> Presentation.setLevel(Presentation.level() + 1);
        case "out" -> Presentation.setLevel(Presentation.level() - 1);
        default -> Presentation.setLevel(0);
        }
        return null;
    }
}
