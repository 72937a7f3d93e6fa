package no.innspill.mail;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The {@link AttachmentSource} beans of all modules, by name. */
@Component
class AttachmentSources {

    private final Map<String, AttachmentSource> byName;

    AttachmentSources(ObjectProvider<AttachmentSource> sources) {
        Map<String, AttachmentSource> map = new TreeMap<>();
        sources.orderedStream().forEach(source -> {
            AttachmentSource before = map.put(source.name(), source);
            if (before != null) {
                throw new IllegalStateException("Two attachment sources are called \"" + source.name() + "\": "
                        + before.getClass().getName() + " and " + source.getClass().getName());
            }
        });
        this.byName = Collections.unmodifiableMap(map);
    }

    boolean has(String name) {
        return byName.containsKey(name);
    }

    /** The bytes of an attachment; throws when its source is unknown or fails, or finds nothing. */
    byte[] load(AttachmentRef attachment) {
        AttachmentSource source = byName.get(attachment.source());
        if (source == null) {
            throw new IllegalStateException("No attachment source is called \"" + attachment.source() + "\"");
        }
        byte[] content = source.load(attachment.reference());
        if (content == null) {
            throw new IllegalStateException("Attachment source \"" + attachment.source() + "\" found nothing for "
                    + attachment.fileName());
        }
        return content;
    }

    @Override
    public String toString() {
        return byName.keySet().toString();
    }
}
