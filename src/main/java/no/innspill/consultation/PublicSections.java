package no.innspill.consultation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What other modules add to a consultation's public page: a heading with named lists (the
 * høringsliste's invitees by kind, say). Those modules depend on this one, so they implement this
 * interface rather than this module asking them; the page shows every section present, in bean order.
 */
public interface PublicSections {

    /** The section for this consultation in the reader's language, or empty to show nothing. */
    Optional<Section> section(Consultation consultation, Locale locale);

    /**
     * @param id     an HTML id for the section, unique on the page
     * @param groups each with a heading (or {@code null} for none) and its items, shown as given
     */
    record Section(String id, String heading, List<Group> groups) {

        public Section {
            groups = List.copyOf(groups);
        }
    }

    record Group(String heading, List<String> items) {

        public Group {
            items = List.copyOf(items);
        }
    }
}
