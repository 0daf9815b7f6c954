package org.objectionhelper.page;

import java.net.URI;
import java.util.List;
import org.objectionhelper.profile.FormProfile;

/** The profile's form addresses in the order they are tried: the first, until one shows nothing. */
public final class AddressesInOrder {
  private final List<URI> forms;
  private int index;

  public AddressesInOrder(FormProfile profile) {
    this.forms = profile.addresses().forms();
  }

  /** The address in use now. */
  public URI current() {
    return forms.get(index);
  }

  /**
   * Moves on to the next address.
   *
   * @return false where there is none left
   */
  public boolean moveOn() {
    if (index + 1 >= forms.size()) {
      return false;
    }
    index++;
    return true;
  }
}
