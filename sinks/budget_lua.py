"""The budget Lua scripts: one atomic script per budget operation, shared by every caller.

Every key they touch carries the ``{budget}`` hash tag (``sinks.keys``), so each script runs
on one Redis Cluster slot. The sync and async clients (``streams.clients.budgets``) and the
ledger sink (``sinks.budgets``) register these same texts; nothing here is duplicated for a
second client. Times (``now``) come from the caller, in ms, so a test can drive expiry.

A reservation hash (``r:<request id>``) holds ``status`` (held, committed, reconciled,
released, expired, refused), ``estimate``, ``counters`` (the counter keys it holds budget on,
space-separated), ``expert`` (the expert-calls counter it holds a call on, or empty) and the
reply it was granted with. Counter hashes hold ``used`` and ``calls`` (written by the ledger
from the costs stream) and ``held`` / ``held_calls`` (open reservations). Every script first
expires due leases, at most ``EXPIRE_BATCH`` per call, so a call's work stays bounded.
"""

from __future__ import annotations

from typing import Final

__all__ = ["COMMIT", "RELEASE", "RESERVE", "ROUTE_READ", "SETTLE", "SLOT_OUTCOMES", "WRITE_CAPS"]

EXPIRE_BATCH: Final = 64

_PRELUDE = """
local function num(v) return tonumber(v) or 0 end
local function set_ttl(key, ttl)
  if ttl > 0 then redis.call('PEXPIRE', key, ttl) end
end
-- Give back what reservation `rkey` holds and mark it `status`; false if it held nothing.
local function unhold(rkey, status)
  local r = redis.call('HMGET', rkey, 'status', 'estimate', 'counters', 'expert')
  if r[1] ~= 'held' and r[1] ~= 'committed' then return false end
  local estimate = num(r[2])
  for counter in string.gmatch(r[3] or '', '%S+') do
    -- A counter that expired with its period holds nothing any more: do not recreate it.
    if redis.call('EXISTS', counter) == 1 then
      redis.call('HINCRBY', counter, 'held', -estimate)
    end
  end
  if r[4] and r[4] ~= '' and redis.call('EXISTS', r[4]) == 1 then
    redis.call('HINCRBY', r[4], 'held_calls', -1)
  end
  redis.call('HSET', rkey, 'status', status)
  return true
end
local function expire_due(leases, rprefix, now)
  local due = redis.call('ZRANGEBYSCORE', leases, '-inf', now, 'LIMIT', 0, EXPIRE_BATCH)
  for _, id in ipairs(due) do
    unhold(rprefix .. id, 'expired')
    redis.call('ZREM', leases, id)
  end
end
local function reply_of(rkey, status)
  local r = redis.call('HMGET', rkey, 'granted', 'reason', 'remaining', 'remaining_calls')
  return {num(r[1]), r[2], num(r[3]), num(r[4]), status}
end
""".replace("EXPIRE_BATCH", str(EXPIRE_BATCH))

# KEYS: caps, leases, reservation, global counter, tenant counter, user counter, expert counter,
#       ready marker
# ARGV: now, lease_ms, record_ttl_ms, reservation prefix, tenant, tier, estimate, has_user,
#       default global, tenant, user, expert caps, default reserve ppm, day ttl, hour ttl
RESERVE: Final = (
    _PRELUDE
    + """
local now = tonumber(ARGV[1])
expire_due(KEYS[2], ARGV[4], now)
local rkey = KEYS[3]
local status = redis.call('HGET', rkey, 'status')
if status then return reply_of(rkey, status) end
-- Fail closed while the counters are not (yet) rebuilt after a Redis loss: zero spend read
-- from an empty Redis would grant everything. Not recorded, so a retry can be granted.
if redis.call('EXISTS', KEYS[8]) == 0 then return {0, 'rebuilding', 0, 0, 'refused'} end
local tenant, estimate = ARGV[5], tonumber(ARGV[7])
local caps = redis.call('HMGET', KEYS[1], 'global', 'tenant:' .. tenant, 'user:' .. tenant,
  'expert:' .. tenant, 'reserve:' .. tenant)
local function cap(i) return tonumber(caps[i]) or tonumber(ARGV[8 + i]) end
local function used(key)
  local v = redis.call('HMGET', key, 'used', 'held')
  return num(v[1]) + num(v[2])
end
local scopes = {{KEYS[4], cap(1), 'global_cap', ARGV[14]},
  {KEYS[5], cap(2), 'tenant_cap', ARGV[14]}}
if ARGV[8] == '1' then scopes[3] = {KEYS[6], cap(3), 'user_cap', ARGV[15]} end
local reason, remaining = 'granted', -1
for _, s in ipairs(scopes) do
  if s[2] >= 0 then
    local left = s[2] - used(s[1])
    if left < estimate and reason == 'granted' then reason = s[3] end
    if remaining < 0 or left < remaining then remaining = math.max(left, 0) end
  end
end
local expert, remaining_calls = ARGV[6] == 'EXPERT', -1
if expert then
  local tcap, ecap = cap(2), cap(4)
  if reason == 'granted' and tcap >= 0 then
    -- The core reserve: expert calls may use only the first (1 - reserve) of the daily cap.
    local cutoff = math.floor(tcap * (1000000 - cap(5)) / 1000000)
    if used(KEYS[5]) + estimate > cutoff then reason = 'core_reserve' end
  end
  if ecap >= 0 then
    local e = redis.call('HMGET', KEYS[7], 'used', 'held_calls')
    remaining_calls = math.max(ecap - num(e[1]) - num(e[2]), 0)
    if remaining_calls < 1 and reason == 'granted' then reason = 'expert_calls' end
  end
end
local granted = 0
local held = {}
if reason == 'granted' then
  granted = 1
  for _, s in ipairs(scopes) do
    redis.call('HINCRBY', s[1], 'held', estimate)
    set_ttl(s[1], tonumber(s[4]))
    held[#held + 1] = s[1]
  end
  if remaining >= 0 then remaining = remaining - estimate end
  if expert then
    redis.call('HINCRBY', KEYS[7], 'held_calls', 1)
    set_ttl(KEYS[7], tonumber(ARGV[14]))
    if remaining_calls >= 0 then remaining_calls = remaining_calls - 1 end
  end
  redis.call('ZADD', KEYS[2], now + tonumber(ARGV[2]), string.sub(rkey, #ARGV[4] + 1))
end
local final = granted == 1 and 'held' or 'refused'
redis.call('HSET', rkey, 'status', final, 'estimate', estimate, 'counters', table.concat(held, ' '),
  'expert', (expert and granted == 1) and KEYS[7] or '', 'granted', granted, 'reason', reason,
  'remaining', remaining, 'remaining_calls', remaining_calls)
set_ttl(rkey, tonumber(ARGV[2]) + tonumber(ARGV[3]))
return {granted, reason, remaining, remaining_calls, final}
"""
)

# KEYS: leases, reservation. ARGV: now, reservation prefix, reconcile_ms, record_ttl_ms
COMMIT: Final = (
    _PRELUDE
    + """
local now = tonumber(ARGV[1])
expire_due(KEYS[1], ARGV[2], now)
local status = redis.call('HGET', KEYS[2], 'status')
if not status then return {0, 'unknown_request', -1, -1, 'unknown'} end
if status == 'held' then
  -- Committed: the call was made. Keep the hold until the cost arrives, for reconcile_ms.
  redis.call('HSET', KEYS[2], 'status', 'committed')
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), string.sub(KEYS[2], #ARGV[2] + 1))
  set_ttl(KEYS[2], tonumber(ARGV[3]) + tonumber(ARGV[4]))
  status = 'committed'
end
local reply = reply_of(KEYS[2], status)
reply[1] = (status == 'committed' or status == 'reconciled') and 1 or 0
reply[2] = status
return reply
"""
)

# KEYS: leases, reservation. ARGV: now, reservation prefix
RELEASE: Final = (
    _PRELUDE
    + """
local now = tonumber(ARGV[1])
expire_due(KEYS[1], ARGV[2], now)
local status = redis.call('HGET', KEYS[2], 'status')
if not status then return {0, 'unknown_request', -1, -1, 'unknown'} end
if unhold(KEYS[2], 'released') then
  redis.call('ZREM', KEYS[1], string.sub(KEYS[2], #ARGV[2] + 1))
  status = 'released'
end
local reply = reply_of(KEYS[2], status)
reply[1] = status == 'reconciled' and 1 or 0
reply[2] = status
return reply
"""
)

# KEYS: leases, counters (n of them), then reservations to settle.
# ARGV: now, reservation prefix, n, then per counter: used, calls, level, cap, ttl_ms
SETTLE: Final = (
    _PRELUDE
    + """
local now, n = tonumber(ARGV[1]), tonumber(ARGV[3])
expire_due(KEYS[1], ARGV[2], now)
for i = 1, n do
  local key, a = KEYS[1 + i], 4 + (i - 1) * 5
  local used, calls = tonumber(ARGV[a]), tonumber(ARGV[a + 1])
  local current = redis.call('HMGET', key, 'used', 'calls')
  -- Within a period usage only grows: an older or redelivered total never moves it back.
  if used >= num(current[1]) then
    redis.call('HSET', key, 'used', used, 'calls', math.max(calls, num(current[2])),
      'level', ARGV[a + 2], 'cap', ARGV[a + 3])
  end
  set_ttl(key, tonumber(ARGV[a + 4]))
end
local settled = 0
for i = n + 2, #KEYS do
  if unhold(KEYS[i], 'reconciled') then
    redis.call('ZREM', KEYS[1], string.sub(KEYS[i], #ARGV[2] + 1))
    settled = settled + 1
  end
end
return settled
"""
)

# KEYS: caps, tenant counter, expert counter, slot stats. ARGV: tenant, slot
ROUTE_READ: Final = """
local tenant = ARGV[1]
local caps = redis.call('HMGET', KEYS[1], 'tenant:' .. tenant, 'expert:' .. tenant,
  'reserve:' .. tenant)
local t = redis.call('HMGET', KEYS[2], 'used', 'held')
local e = redis.call('HMGET', KEYS[3], 'used', 'held_calls')
local s = redis.call('HMGET', KEYS[4], ARGV[2] .. ':a', ARGV[2] .. ':r')
return {caps[1] or '', caps[2] or '', caps[3] or '', t[1] or '0', t[2] or '0', e[1] or '0',
  e[2] or '0', s[1] or '0', s[2] or '0'}
"""

# KEYS: one slot-stats hash per tenant.
# ARGV: per key: n, then n (slot, partition, offset, accepts, rejects): absolute counts
SLOT_OUTCOMES: Final = """
local a = 1
for k = 1, #KEYS do
  local n = tonumber(ARGV[a]); a = a + 1
  for j = 1, n do
    local slot, part, offset = ARGV[a], ARGV[a + 1], tonumber(ARGV[a + 2])
    local accepts, rejects = tonumber(ARGV[a + 3]), tonumber(ARGV[a + 4])
    a = a + 5
    local mark = slot .. '|' .. part
    -- "offset,accepts,rejects" of the partition; totals move by the difference, so a
    -- redelivered (older) write is a no-op and a rebuild from empty restores the sums.
    local held = redis.call('HGET', KEYS[k], mark) or '-1,0,0'
    local o, ha, hr = string.match(held, '(-?%d+),(%d+),(%d+)')
    if offset > tonumber(o) then
      redis.call('HSET', KEYS[k], mark, offset .. ',' .. accepts .. ',' .. rejects)
      redis.call('HINCRBY', KEYS[k], slot .. ':a', accepts - tonumber(ha))
      redis.call('HINCRBY', KEYS[k], slot .. ':r', rejects - tonumber(hr))
    end
  end
end
return #KEYS
"""

# KEYS: caps. ARGV: version, then field, value pairs (the whole cap book's overrides).
WRITE_CAPS: Final = """
local version = tonumber(ARGV[1])
if version <= (tonumber(redis.call('HGET', KEYS[1], '_version')) or -1) then return 0 end
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], '_version', version)
for i = 2, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
return 1
"""
