package org.shield.domain.evidence;

import org.shield.domain.common.Text;

/** Where an exhibit came from: a device, an account or an address. All parts optional. */
public record ExhibitSource(String deviceMake, String deviceModel, String deviceSerial, String imei, String account,
        String url) {
    public static final ExhibitSource NONE = new ExhibitSource(null, null, null, null, null, null);

    public ExhibitSource {
        deviceMake = Text.optional(deviceMake, "exhibit.deviceMake", 100);
        deviceModel = Text.optional(deviceModel, "exhibit.deviceModel", 100);
        deviceSerial = Text.optional(deviceSerial, "exhibit.deviceSerial", 100);
        imei = Text.optional(imei, "exhibit.imei", 40);
        account = Text.optional(account, "exhibit.account", 300);
        url = Text.optional(url, "exhibit.url", 2000);
    }

    /** A one-line description for lists and the CLI ({@code --source TEXT} goes into {@link #account}). */
    public String summary() {
        StringBuilder b = new StringBuilder();
        for (String s : new String[] {deviceMake, deviceModel, deviceSerial, imei, account, url}) {
            if (s != null) {
                b.append(b.length() == 0 ? "" : " · ").append(s);
            }
        }
        return b.toString();
    }
}
