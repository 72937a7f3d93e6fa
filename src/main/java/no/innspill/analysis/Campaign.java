package no.innspill.analysis;

import java.util.List;
import java.util.Map;

/**
 * Responses that say the same thing in (nearly) the same words: a form letter sent by many, or one sender's repeated
 * submission.
 *
 * @param kind        a campaign of several senders, or a duplicate from one
 * @param template    the text the members share (the sentences most members have)
 * @param members     the members' ids, in the order they were given
 * @param added       for each member that wrote something of their own beside the template, exactly that text
 * @param fingerprint the template's sorted shingle hashes: what a new response is compared with to join the campaign
 */
public record Campaign(Kind kind, String template, List<String> members, Map<String, String> added, long[] fingerprint) {

    public enum Kind {
        /** several senders sent the same letter, perhaps edited or with their own paragraph */
        CAMPAIGN,
        /** one sender's repeated submission */
        DUPLICATE
    }

    public Campaign {
        members = List.copyOf(members);
        added = Map.copyOf(added);
        fingerprint = fingerprint.clone();
    }

    public int size() {
        return members.size();
    }
}
