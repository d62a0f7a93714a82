#include "sim/queueprofile.h"

namespace holdline::sim {

QueueProfile withUnmodelledTraffic(QueueProfile profile)
{
    profile.patienceLogSigma = 1.0;
    profile.breakShare = 0.25;
    profile.callbackAcceptBase = 0.05;
    profile.callbackAcceptPerMinute = 0.2;
    profile.callbackAcceptMax = 0.95;
    return profile;
}

} // namespace holdline::sim
