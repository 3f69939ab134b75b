package org.extentlab.internal.ui;

import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.extentlab.kernel.AllocationPolicy;
import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.ui.SimulationSession;

/**
 * The simulation's preferences: the packer's capacity, the observed-behaviour switches, the allocation
 * policy, the seed and the pause between steps while playing. Kept in the workspace's instance scope;
 * {@link #apply} hands them to the session.
 */
public final class SimulationPreferences {
    public static final String PACKER_CAPACITY = "packerCapacity";
    public static final String POLICY = "allocationPolicy";
    public static final String SEED = "seed";
    public static final String PLAY_INTERVAL = "playInterval";
    /** The switch's key: "switch." and its script name. */
    public static final String SWITCH = "switch.";

    private static IPreferenceStore store;

    private SimulationPreferences() {
    }

    /** The store, with the defaults of a fresh workspace. */
    public static synchronized IPreferenceStore store() {
        if (store == null) {
            ScopedPreferenceStore scoped = new ScopedPreferenceStore(InstanceScope.INSTANCE, "org.extentlab.ui");
            KernelSettings defaults = new KernelSettings();
            scoped.setDefault(PACKER_CAPACITY, defaults.packerCapacity());
            scoped.setDefault(POLICY, AllocationPolicy.NATIVE.name());
            scoped.setDefault(SEED, "1");
            scoped.setDefault(PLAY_INTERVAL, 400);
            for (KernelSettings.Switch s : KernelSettings.Switch.values()) {
                scoped.setDefault(SWITCH + s.scriptName(), false);
            }
            store = scoped;
        }
        return store;
    }

    /** The kernel settings the preferences describe. */
    public static KernelSettings settings() {
        IPreferenceStore preferences = store();
        KernelSettings settings = new KernelSettings().packerCapacity(Math.max(1, preferences.getInt(PACKER_CAPACITY)));
        for (KernelSettings.Switch s : KernelSettings.Switch.values()) {
            settings.set(s, preferences.getBoolean(SWITCH + s.scriptName()));
        }
        return settings;
    }

    public static AllocationPolicy policy() {
        try {
            return AllocationPolicy.valueOf(store().getString(POLICY).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return AllocationPolicy.NATIVE;
        }
    }

    public static long seed() {
        try {
            return Long.parseLong(store().getString(SEED).trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * Gives the session the preferences: the next start uses them, and a running simulation replays its
     * history under them (the returned job; null when none runs).
     */
    public static Job apply(Display display, Consumer<String> onError) {
        SimulationSession session = SimulationSession.getDefault();
        session.setPlayInterval(store().getInt(PLAY_INTERVAL));
        return session.configure(settings(), policy(), seed(), display, onError);
    }
}
