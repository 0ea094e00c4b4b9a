package org.cmikg.server.federation;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which addresses are on the public internet. A federated call must not reach the server's own machine or
 * its private network (SSRF) unless the operator put such an endpoint on the allow-list by name.
 */
final class PublicAddresses {
    private PublicAddresses() {}

    /** False for loopback, wildcard, link-local, private (RFC 1918), unique-local (fc00::/7), shared (100.64/10) and multicast addresses. */
    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 && !(first == 100 && second >= 64 && second <= 127);
        }
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) != 0xfc;
        }
        return true;
    }
}
