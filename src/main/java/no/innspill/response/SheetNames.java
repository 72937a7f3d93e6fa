package no.innspill.response;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sheet names a spreadsheet program accepts: at most 31 characters, none of {@code [ ] : * ? / \}, not starting or
 * ending with an apostrophe, not "History" (Excel keeps it), and unique regardless of case (a number added when two
 * sections share a name).
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;

    private SheetNames() {
    }

    /** @param fallback the name of a sheet whose title has nothing left ("Svar"), numbered from the second */
    static List<String> of(List<String> titles, String fallback) {
        List<String> names = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (String title : titles) {
            String base = clean(title);
            if (base.isEmpty() || base.equalsIgnoreCase("history")) {
                base = clean(fallback);
            }
            String name = cut(base, MAX_LENGTH);
            for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
                String suffix = " (" + n + ")";
                name = cut(base, MAX_LENGTH - suffix.length()) + suffix;
            }
            taken.add(name.toLowerCase(Locale.ROOT));
            names.add(name);
        }
        return names;
    }

    private static String clean(String title) {
        if (title == null) {
            return "";
        }
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
        name = name.replaceAll("^'+|'+$", "").strip();
        return name;
    }

    private static String cut(String name, int length) {
        if (name.length() <= length) {
            return name;
        }
        // not between the two halves of a surrogate pair
        int end = Character.isLowSurrogate(name.charAt(length)) ? length - 1 : length;
        return name.substring(0, end).strip().replaceAll("'+$", "");
    }
}
