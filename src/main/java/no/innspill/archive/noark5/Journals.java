package no.innspill.archive.noark5;

import no.innspill.archive.JournalEntry;
import no.innspill.archive.JournalParty;
import no.innspill.archive.Screening;
import no.innspill.consultation.CaseNumber;
import no.innspill.consultation.Consultation;

/**
 * {@code loependeJournal.xml} and {@code offentligJournal.xml}: the same journalposter, in journal order. The public
 * journal has no {@code tittel}, only the public title, and a screened sender's name as {@value Screening#MASK}; only
 * elements both schema sets know are written (none added in the 2023 revision).
 */
final class Journals {

    private Journals() {
    }

    /** The journalhode: first and last journaldato (Arkade N5.60 with sharp separation), the count, the creator. */
    static void head(Xml xml, Noark5Extract.Prepared prepared) {
        xml.open("journalhode")
                .text("journalStartDato", Xml.date(prepared.extent().firstJournalDate()))
                .text("journalSluttDato", Xml.date(prepared.extent().lastJournalDate()))
                .text("seleksjon", "journaldato")
                .text("antallJournalposter", prepared.extent().entries())
                .open("arkivskaper")
                .text("arkivskaperID", prepared.creatorId())
                .text("arkivskaperNavn", prepared.consultation().owner())
                .end()
                .end();
    }

    static void registrering(Xml xml, Consultation consultation, JournalEntry entry, boolean open) {
        CaseNumber number = Arkivstruktur.caseNumber(consultation);
        Screening screening = entry.screening();
        xml.open("journalregistrering");
        xml.open("klasse").text("klasseID", Noark5Extract.CLASS_ID).text("tittel", Noark5Extract.CLASS_ID).end();
        xml.open("saksmappe")
                .text("saksaar", number.year())
                .text("sakssekvensnummer", number.sequence())
                .text(open ? "offentligTittel" : "tittel", consultation.title())
                .end();
        xml.open("journalpost")
                .text("systemID", entry.systemId())
                .text("journalaar", entry.journalYear())
                .text("journalsekvensnummer", entry.journalSequence())
                .text("journalpostnummer", entry.entryNumber());
        if (!open) {
            xml.text("tittel", entry.title());
        }
        xml.text("offentligTittel", entry.publicTitle())
                .text("skjermingMetadata", screening.senderName() ? Arkivstruktur.SCREENED_NAME
                        : screening.titleWords() ? Arkivstruktur.SCREENED_TITLE_WORDS : null)
                .text("journaldato", Xml.date(entry.journalDate()))
                .text("dokumentetsDato", Xml.date(entry.documentDate()))
                .text("tilgangsrestriksjon", screening.any() ? Arkivstruktur.WITHHELD : null)
                .text("skjermingshjemmel", screening.basis());
        for (JournalParty party : Noark5Extract.parties(entry)) {
            xml.open("korrespondansepart")
                    .text("korrespondanseparttype", party.type().noark())
                    .text("korrespondansepartNavn", open && screening.senderName() ? Screening.MASK : party.name());
            if (!open && screening.senderName()) {
                xml.text("skjermingMetadata", Arkivstruktur.SCREENED_NAME);
            }
            xml.end();
        }
        xml.end().end();
    }
}
