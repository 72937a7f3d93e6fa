package no.innspill.form;

import no.innspill.platform.NotFoundException;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The form module's store: forms and their versions. A version never changes once stored, so each
 * is read from the database once per node and then kept in the cache {@value FormConfiguration#VERSIONS}.
 */
@Service
public class Forms {

    private final FormRepository repository;

    Forms(FormRepository repository) {
        this.repository = repository;
    }

    /** Stores a new form as its version 1; joins the caller's transaction. */
    @Transactional
    public FormRef create(FormDefinition definition) {
        long formId = repository.insertForm();
        repository.insertVersion(formId, 1, FormDefinitions.toJson(definition));
        return new FormRef(formId, 1);
    }

    /**
     * Stores a changed form as the form's next version; the versions before it stay as they were,
     * for the responses that answered them. Joins the caller's transaction.
     */
    @Transactional
    public FormRef revise(FormRef current, FormDefinition next) {
        return new FormRef(current.formId(), repository.insertNextVersion(current.formId(), FormDefinitions.toJson(next)));
    }

    /** Deletes a form and all its versions, for a draft that is deleted; joins the caller's transaction. */
    @Transactional
    @CacheEvict(cacheNames = FormConfiguration.VERSIONS, allEntries = true)
    public void delete(long formId) {
        repository.delete(formId);
    }

    /**
     * @throws NotFoundException when no such version is stored
     */
    @Cacheable(cacheNames = FormConfiguration.VERSIONS)
    public FormDefinition get(FormRef ref) {
        return repository.findVersion(ref.formId(), ref.version())
                .map(FormDefinitions::fromJson)
                .orElseThrow(() -> new NotFoundException("There is no version " + ref.version() + " of form " + ref.formId()));
    }
}
