package org.extentlab.kernel.sim;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The upper-case key of a path on a volume whose names ignore case, remembered for the paths met
 * lately: a long run asks for the same few paths' keys millions of times, and upper-casing a long name
 * each time cost a tenth of it. Forgets everything past 4,096 paths, so a volume of many files costs
 * no second copy of their names.
 */
final class CaseKeys implements java.io.Serializable {
    private static final int LIMIT = 4096;
    private final Map<String, String> keys = new HashMap<>();

    String of(String path) {
        String key = keys.get(path);
        if (key == null) {
            if (keys.size() >= LIMIT) {
                keys.clear();
            }
            key = path.toUpperCase(Locale.ROOT);
            keys.put(path, key);
        }
        return key;
    }
}
