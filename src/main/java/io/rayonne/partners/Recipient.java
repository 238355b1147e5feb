package io.rayonne.partners;

/** A contact with their partner: one row of a segment's export, one recipient of a bulletin. */
public record Recipient(Partner partner, Contact contact) {

    /** Unique across partners: the partner's id and the contact's. */
    public String key() {
        return partner.id() + "/" + contact.id();
    }
}
