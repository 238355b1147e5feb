package io.rayonne.newsletter.internal;

import io.rayonne.base.PersonalData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The copies of bulletins sent to a person: which issue, when, whether it was opened and which
 * links were clicked. Erased, a copy keeps what happened (the campaign's statistics stay true)
 * and loses who it went to.
 */
@Component
@PreAuthorize("hasRole('ADMIN')")
class DeliveryPersonalData implements PersonalData {

    private final CampaignStore store;

    DeliveryPersonalData(CampaignStore store) {
        this.store = store;
    }

    @Override
    public List<Held> heldOn(String email) {
        return store.deliveriesTo(PersonalData.addressForms(email)).stream()
                .map(d -> {
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("campaign", d.campaignId());
                    data.put("partner", d.partnerName());
                    data.put("firstName", d.firstName());
                    data.put("lastName", d.lastName());
                    data.put("email", d.email());
                    data.put("state", d.state());
                    data.put("answeredAt", String.valueOf(d.answeredAt()));
                    data.put("delivered", d.delivered());
                    data.put("opened", d.opened());
                    data.put("clicked", d.clicked());
                    data.put("unsubscribed", d.unsubscribed());
                    return new Held("bulletin-copy", d.id(), d.campaignId(), data);
                })
                .toList();
    }

    @Override
    public int erase(String email) {
        List<DeliveryDocument> copies = store.deliveriesTo(PersonalData.addressForms(email));
        store.saveDeliveries(
                copies.stream().map(d -> d.anonymised(ERASED_ADDRESS)).toList());
        return copies.size();
    }
}
