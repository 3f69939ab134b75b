package org.extentlab.internal.ui;

import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.extentlab.kernel.AllocationPolicy;
import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.ui.SimulationSession;

/**
 * The simulation's preferences: the packer's capacity, the observed-behaviour switches, the allocation
 * policy, the seed and the pause between steps while playing; and the map's appearance: its colours
 * and how long changes flash. Kept in the workspace's instance scope;
 * {@link #apply} hands them to the session.
 */
public final class SimulationPreferences {
    public static final String PACKER_CAPACITY = "packerCapacity";
    public static final String POLICY = "allocationPolicy";
    public static final String SEED = "seed";
    public static final String PLAY_INTERVAL = "playInterval";
    /** The switch's key: "switch." and its script name. */
    public static final String SWITCH = "switch.";
    /** How long the map's cells flash after a step, in ms (0: no flash). */
    public static final String FLASH_MILLIS = "flashMillis";
    /** The map's colours, one key per component of {@link MapColours}. */
    public static final String COLOUR_FREE = "colour.free";
    public static final String COLOUR_METADATA = "colour.metadata";
    public static final String COLOUR_SELECTED = "colour.selected";
    public static final String COLOUR_STALE = "colour.stale";
    public static final String COLOUR_ALLOCATED = "colour.allocated";
    public static final String COLOUR_FREED = "colour.freed";
    public static final String COLOUR_WRITTEN = "colour.written";

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
            scoped.setDefault(FLASH_MILLIS, 700);
            MapColours colours = MapColours.DEFAULT;
            PreferenceConverter.setDefault(scoped, COLOUR_FREE, colours.free());
            PreferenceConverter.setDefault(scoped, COLOUR_METADATA, colours.metadata());
            PreferenceConverter.setDefault(scoped, COLOUR_SELECTED, colours.selected());
            PreferenceConverter.setDefault(scoped, COLOUR_STALE, colours.stale());
            PreferenceConverter.setDefault(scoped, COLOUR_ALLOCATED, colours.allocated());
            PreferenceConverter.setDefault(scoped, COLOUR_FREED, colours.freed());
            PreferenceConverter.setDefault(scoped, COLOUR_WRITTEN, colours.written());
            store = scoped;
        }
        return store;
    }

    /** The map's colours as the preferences set them. */
    public static MapColours mapColours() {
        IPreferenceStore preferences = store();
        return new MapColours(PreferenceConverter.getColor(preferences, COLOUR_FREE),
                PreferenceConverter.getColor(preferences, COLOUR_METADATA),
                PreferenceConverter.getColor(preferences, COLOUR_SELECTED),
                PreferenceConverter.getColor(preferences, COLOUR_STALE),
                PreferenceConverter.getColor(preferences, COLOUR_ALLOCATED),
                PreferenceConverter.getColor(preferences, COLOUR_FREED),
                PreferenceConverter.getColor(preferences, COLOUR_WRITTEN));
    }

    /** How long a step's changes flash on the map, in ms. */
    public static int flashMillis() {
        return Math.max(0, store().getInt(FLASH_MILLIS));
    }

    /** Whether {@code key} is one of the map's appearance preferences (colours, flash). */
    public static boolean isAppearance(String key) {
        return key.startsWith("colour.") || key.equals(FLASH_MILLIS);
    }

    /** The simulated rules the preferences set (capacity, policy, seed, switches), as one string to compare. */
    public static String rules() {
        IPreferenceStore preferences = store();
        StringBuilder rules = new StringBuilder().append(preferences.getInt(PACKER_CAPACITY)).append(' ')
                .append(policy()).append(' ').append(seed());
        for (KernelSettings.Switch s : KernelSettings.Switch.values()) {
            rules.append(' ').append(preferences.getBoolean(SWITCH + s.scriptName()));
        }
        return rules.toString();
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
