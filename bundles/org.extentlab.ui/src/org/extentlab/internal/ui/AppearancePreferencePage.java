package org.extentlab.internal.ui;

import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Window > Preferences > Simulation > Appearance: the Volume Map's colours and how long a step's changes
 * flash on it. The map redraws as soon as they change (no replay: they change nothing simulated).
 */
public class AppearancePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public AppearancePreferencePage() {
        super(GRID);
        setDescription("How the Volume Map draws the volume and animates each step.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(SimulationPreferences.store());
    }

    @Override
    protected void createFieldEditors() {
        IntegerFieldEditor flash = new IntegerFieldEditor(SimulationPreferences.FLASH_MILLIS,
                "&Flash changed units for (ms, 0: no flash):", getFieldEditorParent());
        flash.setValidRange(0, 10_000);
        addField(flash);
        colour(SimulationPreferences.COLOUR_FREE, "Free &units:");
        colour(SimulationPreferences.COLOUR_METADATA, "The format's &metadata:");
        colour(SimulationPreferences.COLOUR_SELECTED, "The &selected item:");
        colour(SimulationPreferences.COLOUR_STALE, "Frame of units mapped s&tale:");
        colour(SimulationPreferences.COLOUR_ALLOCATED, "Flash of units &allocated:");
        colour(SimulationPreferences.COLOUR_FREED, "Flash of units f&reed:");
        colour(SimulationPreferences.COLOUR_WRITTEN, "Flash of units &written:");
    }

    private void colour(String key, String label) {
        addField(new ColorFieldEditor(key, label, getFieldEditorParent()));
    }
}
