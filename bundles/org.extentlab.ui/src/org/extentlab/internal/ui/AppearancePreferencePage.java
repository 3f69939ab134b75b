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
        setDescription(Messages.Appearance_Description);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(SimulationPreferences.store());
    }

    @Override
    protected void createFieldEditors() {
        IntegerFieldEditor flash = new IntegerFieldEditor(SimulationPreferences.FLASH_MILLIS,
                Messages.Appearance_Flash, getFieldEditorParent());
        flash.setValidRange(0, 10_000);
        addField(flash);
        colour(SimulationPreferences.COLOUR_FREE, Messages.Appearance_Free);
        colour(SimulationPreferences.COLOUR_METADATA, Messages.Appearance_Metadata);
        colour(SimulationPreferences.COLOUR_SELECTED, Messages.Appearance_Selected);
        colour(SimulationPreferences.COLOUR_STALE, Messages.Appearance_Stale);
        colour(SimulationPreferences.COLOUR_ALLOCATED, Messages.Appearance_Allocated);
        colour(SimulationPreferences.COLOUR_FREED, Messages.Appearance_Freed);
        colour(SimulationPreferences.COLOUR_WRITTEN, Messages.Appearance_Written);
    }

    private void colour(String key, String label) {
        addField(new ColorFieldEditor(key, label, getFieldEditorParent()));
    }
}
