package no.innspill.archive.noark5;

import java.util.List;
import java.util.UUID;
import no.innspill.archive.Journal;
import no.innspill.archive.JournalChange;
import no.innspill.archive.JournalEntry;
import no.innspill.archive.JournalEntryType;
import no.innspill.archive.JournalParty;
import no.innspill.archive.Screening;
import no.innspill.consultation.CaseNumber;
import no.innspill.consultation.Consultation;
import no.innspill.platform.DateFormats;

/**
 * {@code arkivstruktur.xml}: arkiv → arkivdel → klassifikasjonssystem → klasse → saksmappe → a journalpost for
 * each entry → dokumentbeskrivelse → dokumentobjekt, in the order of the v5.0 schema (valid against the 2023
 * revision and the one before). The arkiv, arkivdel, klassifikasjonssystem and klasse get new systemIDs in each
 * extract; the saksmappe, the entries and their documents keep the ones stored with them.
 */
final class Arkivstruktur {

    static final String SCREENED_NAME = "Skjerming navn avsender";
    static final String SCREENED_TITLE_WORDS = "Skjerming tittel registrering - utvalgte ord";
    static final String WITHHELD = "Unntatt offentlighet";
    static final String PART_ROLE = "Høringsinstans";

    private Arkivstruktur() {
    }

    static String archiveTitle(Consultation consultation) {
        return "Høringer fra " + consultation.owner() + " i Innspill";
    }

    /** Everything before the first registrering: arkiv, arkivdel, klassifikasjonssystem, klasse and the saksmappe's head. */
    static void head(Xml xml, Noark5Extract.Prepared prepared, UUID caseSystemId) {
        Consultation consultation = prepared.consultation();
        String created = Xml.dateTime(consultation.createdAt());
        String exported = Xml.dateTime(prepared.exportedAt());
        xml.text("systemID", UUID.randomUUID())
                .text("tittel", archiveTitle(consultation))
                .text("arkivstatus", "Avsluttet")
                .text("dokumentmedium", Noark5Extract.MEDIUM)
                .text("opprettetDato", created)
                .text("opprettetAv", Journal.SYSTEM)
                .text("avsluttetDato", exported)
                .text("avsluttetAv", prepared.who())
                .open("arkivskaper")
                .text("arkivskaperID", prepared.creatorId())
                .text("arkivskaperNavn", consultation.owner())
                .end();
        xml.open("arkivdel")
                .text("systemID", UUID.randomUUID())
                .text("tittel", "Høring " + consultation.caseNumber() + " " + consultation.title())
                .text("arkivdelstatus", "Avsluttet periode")
                .text("dokumentmedium", Noark5Extract.MEDIUM)
                .text("opprettetDato", created)
                .text("opprettetAv", Journal.SYSTEM)
                .text("avsluttetDato", exported)
                .text("avsluttetAv", prepared.who())
                .text("arkivperiodeStartDato", Xml.date(Noark5Extract.periodStart(prepared)))
                .text("arkivperiodeSluttDato", Xml.date(Noark5Extract.periodEnd(prepared)));
        xml.open("klassifikasjonssystem")
                .text("systemID", UUID.randomUUID())
                .text("klassifikasjonstype", "Funksjonsbasert, hierarkisk")
                .text("tittel", "Innspill")
                .text("opprettetDato", created)
                .text("opprettetAv", Journal.SYSTEM);
        xml.open("klasse")
                .text("systemID", UUID.randomUUID())
                .text("klasseID", Noark5Extract.CLASS_ID)
                .text("tittel", Noark5Extract.CLASS_ID)
                .text("opprettetDato", created)
                .text("opprettetAv", Journal.SYSTEM);
        CaseNumber number = caseNumber(consultation);
        xml.open("mappe", "saksmappe")
                .text("systemID", caseSystemId)
                .text("mappeID", number.year() + "/" + number.sequence())
                .text("tittel", consultation.title())
                .text("dokumentmedium", Noark5Extract.MEDIUM)
                .text("opprettetDato", created)
                .text("opprettetAv", Journal.SYSTEM)
                .text("avsluttetDato", Xml.dateTime(prepared.closedAt()))
                .text("avsluttetAv", prepared.closedBy());
    }

    /** One entry as a journalpost, with its documents as written into the package. */
    /** One journalpost with its documents; {@code remark} the merknad of a superseded one, else {@code null}. */
    static void registrering(Xml xml, Noark5Extract.Prepared prepared, JournalEntry entry, List<Noark5Extract.Written> documents,
                             JournalChange remark) {
        String created = Xml.dateTime(entry.createdAt());
        xml.open("registrering", "journalpost")
                .text("systemID", entry.systemId())
                .text("opprettetDato", created)
                .text("opprettetAv", entry.createdBy())
                .text("arkivertDato", Xml.dateTime(prepared.exportedAt()))
                .text("arkivertAv", prepared.who());
        for (JournalParty party : entry.parties()) {
            if (party.organisationNumber() != null && !party.organisationNumber().isBlank()) {
                xml.open("part")
                        .text("partID", party.organisationNumber())
                        .text("partNavn", party.name())
                        .text("partRolle", PART_ROLE)
                        .end();
            }
        }
        Screening screening = entry.screening();
        if (screening.any()) {
            xml.open("skjerming")
                    .text("tilgangsrestriksjon", WITHHELD)
                    .text("skjermingshjemmel", screening.basis());
            if (screening.titleWords()) {
                xml.text("skjermingMetadata", SCREENED_TITLE_WORDS);
            }
            if (screening.senderName()) {
                xml.text("skjermingMetadata", SCREENED_NAME);
            }
            xml.end();
        }
        for (Noark5Extract.Written written : documents) {
            xml.open("dokumentbeskrivelse")
                    .text("systemID", written.document().descriptionSystemId())
                    .text("dokumenttype", "Brev")
                    .text("dokumentstatus", "Dokumentet er ferdigstilt")
                    .text("tittel", written.document().title())
                    .text("opprettetDato", created)
                    .text("opprettetAv", entry.createdBy())
                    .text("dokumentmedium", Noark5Extract.MEDIUM)
                    .text("tilknyttetRegistreringSom", written.document().role().noark())
                    .text("dokumentnummer", written.document().documentNumber())
                    .text("tilknyttetDato", created)
                    .text("tilknyttetAv", entry.createdBy());
            xml.open("dokumentobjekt")
                    .text("systemID", written.document().objectSystemId())
                    .text("versjonsnummer", 1)
                    .text("variantformat", "Arkivformat")
                    .text("format", "pdf")
                    .text("formatDetaljer", written.flavour() == null ? null : Noark5Extract.PRONOM.get(written.flavour()))
                    .text("opprettetDato", created)
                    .text("opprettetAv", entry.createdBy())
                    .text("referanseDokumentfil", written.path())
                    .text("sjekksum", written.sha256())
                    .text("sjekksumAlgoritme", "SHA256")
                    .text("filstoerrelse", written.size())
                    .end();
            xml.end();
        }
        xml.text("registreringsID", entry.documentNumber())
                .text("tittel", entry.title())
                .text("offentligTittel", entry.publicTitle());
        if (remark != null) {
            xml.open("merknad")
                    .text("merknadstekst", remark.newValue())
                    .text("merknadsdato", Xml.dateTime(remark.changedAt()))
                    .text("merknadRegistrertAv", remark.changedBy())
                    .end();
        }
        for (JournalParty party : Noark5Extract.parties(entry)) {
            xml.open("korrespondansepart")
                    .text("korrespondanseparttype", party.type().noark())
                    .text("korrespondansepartNavn", party.name())
                    .text("epostadresse", party.email())
                    .end();
        }
        xml.text("journalaar", entry.journalYear())
                .text("journalsekvensnummer", entry.journalSequence())
                .text("journalpostnummer", entry.entryNumber())
                .text("journalposttype", entry.type().noark())
                .text("journalstatus", "Arkivert")
                .text("journaldato", Xml.date(entry.journalDate()))
                .text("dokumentetsDato", Xml.date(entry.documentDate()))
                .text("mottattDato", entry.type() == JournalEntryType.INCOMING ? Xml.dateTime(entry.receivedAt()) : null)
                .text("sendtDato", entry.type() == JournalEntryType.OUTGOING ? Xml.dateTime(entry.sentAt()) : null)
                .end();
    }

    /** The saksmappe's own elements, after its registreringer, and the end of the file. */
    static void tail(Xml xml, Noark5Extract.Prepared prepared) {
        Consultation consultation = prepared.consultation();
        CaseNumber number = caseNumber(consultation);
        String responsible = consultation.contact().name();
        xml.text("saksaar", number.year())
                .text("sakssekvensnummer", number.sequence())
                .text("saksdato", Xml.date(consultation.createdAt().atZone(DateFormats.OSLO).toLocalDate()))
                .text("administrativEnhet", consultation.owner())
                .text("saksansvarlig", responsible == null || responsible.isBlank() ? consultation.owner() : responsible)
                .text("saksstatus", "Avsluttet")
                .end() // mappe
                .end() // klasse
                .end() // klassifikasjonssystem
                .end(); // arkivdel
    }

    static CaseNumber caseNumber(Consultation consultation) {
        return CaseNumber.parse(consultation.caseNumber())
                .orElseThrow(() -> new IllegalStateException("No case number: " + consultation.caseNumber()));
    }
}
