package com.mockmate.base.ratelimit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The unit a per-address limit counts: an IPv4 address, or an IPv6 address's /64 network, because one IPv6 host
 * usually owns a whole /64 and could otherwise pick a fresh address for every request.
 */
public final class AddressBuckets {

    private AddressBuckets() {}

    /** The address comes from the servlet request, which honours forwarded headers only when they are trusted. */
    public static String of(@Nullable String clientAddress) {
        if (clientAddress == null || clientAddress.isBlank()) {
            return "unknown";
        }
        if (clientAddress.indexOf(':') < 0) {
            return clientAddress;
        }
        try {
            // A literal, never a host name: parsing it does not touch DNS.
            var address = InetAddress.ofLiteral(clientAddress);
            return address instanceof Inet6Address
                    ? HexFormat.of().formatHex(Arrays.copyOf(address.getAddress(), 8)) + "::/64"
                    : address.getHostAddress();
        } catch (IllegalArgumentException e) {
            return clientAddress;
        }
    }
}
