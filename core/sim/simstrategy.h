#pragma once

namespace holdline::sim {

// The wait-strategy fields a tenant applies to every caller (CONTRACT.md §2.4).
// A plain value: the simulation does not validate, the tenant does.
struct SimStrategy
{
    int positionThreshold = 10;         // active while more than this many wait
    bool callbackEnabled = true;
    int callbackPositionThreshold = 5;  // offer when joining beyond this position
    int abandonmentThreshold = 120;     // s; time offer, 0 = off
    int maxHoldTime = 180;              // s; hard limit, leave to callback/voicemail

    friend bool operator==(const SimStrategy &, const SimStrategy &) = default;
};

} // namespace holdline::sim
