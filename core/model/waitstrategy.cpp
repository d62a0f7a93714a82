#include "model/waitstrategy.h"
