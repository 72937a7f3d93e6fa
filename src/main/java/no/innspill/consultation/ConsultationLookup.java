package no.innspill.consultation;

import java.util.Optional;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/**
 * Consultations by case number, cached for a second ({@link ConsultationConfiguration#BY_SLUG}): every
 * submission looks its consultation up, and that read cost as much as the insert
 * (docs/benchmarks.md). A change on this node evicts when it commits; another node's change
 * (closing, a new deadline) is seen within the second. An absence is never cached: the
 * consultation may be created the next instant.
 */
@Component
class ConsultationLookup {

    private final ConsultationRepository repository;

    ConsultationLookup(ConsultationRepository repository) {
        this.repository = repository;
    }

    @Cacheable(cacheNames = ConsultationConfiguration.BY_SLUG, unless = "#result == null")
    public Optional<Consultation> byCaseNumber(CaseNumber caseNumber) {
        return repository.findByCaseNumber(caseNumber);
    }
}
