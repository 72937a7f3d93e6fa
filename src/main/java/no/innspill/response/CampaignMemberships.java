package no.innspill.response;

import java.util.List;

/**
 * Which campaigns or duplicate groups a response is in, for the note on the staff response page. The analysis module
 * finds campaigns and implements this; the response module cannot depend on it (it depends on us). Absent, the page
 * shows no note.
 */
public interface CampaignMemberships {

    /** The campaigns and duplicate groups the response is in; empty when none. */
    List<Membership> of(long consultationId, int sequenceNumber);

    /**
     * One campaign or duplicate group.
     *
     * @param duplicate   a repeated submission of one sender rather than a campaign of several
     * @param campaignId  the campaign's id, for a link to its page
     * @param size        how many responses it holds
     * @param others      the sequence numbers of the other members, for a duplicate (at most a few); empty for a campaign
     */
    record Membership(boolean duplicate, long campaignId, int size, List<Integer> others) {

        public Membership {
            others = List.copyOf(others);
        }
    }
}
