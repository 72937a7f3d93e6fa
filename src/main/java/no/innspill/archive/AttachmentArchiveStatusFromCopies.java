package no.innspill.archive;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import no.innspill.response.AttachmentArchiveStatus;
import org.springframework.stereotype.Component;

/** Tells the response module's staff page what became of each attached file's archive copy. */
@Component
record AttachmentArchiveStatusFromCopies(AttachmentArchiveCopyRepository repository) implements AttachmentArchiveStatus {

    @Override
    public Map<Integer, Copy> copies(long consultationId, int sequenceNumber) {
        return repository.described(consultationId, sequenceNumber).values().stream().collect(Collectors.toMap(
                AttachmentArchiveCopy::position,
                copy -> new Copy(copy.status().name().toLowerCase(Locale.ROOT), copy.conversion(), copy.detail())));
    }
}
