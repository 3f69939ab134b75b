package org.extentlab.internal.ui;

import org.eclipse.osgi.util.NLS;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.extentlab.kernel.AllocationPolicy;
import org.extentlab.kernel.sim.KernelSettings;

/**
 * Window > Preferences > Simulation: what the simulated kernel and module do. OK applies them at once:
 * a running simulation starts again from the image and replays its steps under the new rules.
 */
public class SimulationPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public SimulationPreferencePage() {
        super(GRID);
        setDescription(Messages.Preferences_Description);
    }

    /** The rules when the page opened: OK replays only when they changed. */
    private String rulesBefore;

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(SimulationPreferences.store());
        rulesBefore = SimulationPreferences.rules();
    }

    @Override
    protected void createFieldEditors() {
        IntegerFieldEditor capacity = new IntegerFieldEditor(SimulationPreferences.PACKER_CAPACITY,
                Messages.Preferences_Capacity, getFieldEditorParent());
        capacity.setValidRange(1, 4096);
        addField(capacity);
        String[][] policies = Arrays.stream(AllocationPolicy.values())
                .map(p -> new String[] { p.name().toLowerCase(Locale.ROOT).replace('_', '-'), p.name() })
                .toArray(String[][]::new);
        addField(new ComboFieldEditor(SimulationPreferences.POLICY, Messages.Preferences_Policy, policies,
                getFieldEditorParent()));
        StringFieldEditor seed = new StringFieldEditor(SimulationPreferences.SEED, Messages.Preferences_Seed, getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                try {
                    Long.parseLong(getStringValue().trim());
                    return true;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        };
        seed.setErrorMessage(Messages.Preferences_SeedError);
        addField(seed);
        IntegerFieldEditor interval = new IntegerFieldEditor(SimulationPreferences.PLAY_INTERVAL,
                Messages.Preferences_Interval, getFieldEditorParent());
        interval.setValidRange(0, 10_000);
        addField(interval);
        for (KernelSettings.Switch s : KernelSettings.Switch.values()) {
            addField(new BooleanFieldEditor(SimulationPreferences.SWITCH + s.scriptName(),
                    NLS.bind(Messages.Preferences_Switch, s.scriptName()), getFieldEditorParent()));
        }
        org.eclipse.swt.widgets.Label faults = new org.eclipse.swt.widgets.Label(getFieldEditorParent(), SWT.WRAP);
        faults.setText(Messages.Preferences_Faults);
        org.eclipse.swt.layout.GridData wrap = new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        wrap.widthHint = 420;
        faults.setLayoutData(wrap);
    }

    /** F1 or the help button: what the page's settings do, from the help's contexts. */
    @Override
    public void createControl(org.eclipse.swt.widgets.Composite parent) {
        super.createControl(parent);
        HelpContexts.set(getControl(), "org.extentlab.ui.preferences.simulation");
    }

    @Override
    public boolean performOk() {
        boolean ok = super.performOk();
        if (ok && !SimulationPreferences.rules().equals(rulesBefore)) {
            Display display = getShell().getDisplay();
            org.eclipse.ui.IWorkbenchWindow window = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            SimulationPreferences.apply(display, TransportHandler.errors(window == null ? null : window.getShell(),
                    display, Messages.Preferences_ErrorTitle));
            rulesBefore = SimulationPreferences.rules();
        } else if (ok) {
            org.extentlab.ui.SimulationSession.getDefault().setPlayInterval(getPreferenceStore().getInt(
                    SimulationPreferences.PLAY_INTERVAL));
        }
        return ok;
    }
}
