-- An Entra provisioning cycle: 70 % reads (userName filter, user by id), 30 % writes (user
-- PATCH, group member add/remove on ordinary groups, user create).
-- wrk arguments: <filter paths file> <user ids file> <group ids file> <bearer token> <run tag>
local filters, users, groups = {}, {}, {}
local counter = 0
local tag
local sent = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
end

local function load(file, into)
  for line in io.lines(file) do
    into[#into + 1] = line
  end
end

function init(args)
  load(args[1], filters)
  load(args[2], users)
  load(args[3], groups)
  wrk.headers["Authorization"] = "Bearer " .. args[4]
  wrk.headers["Content-Type"] = "application/scim+json"
  tag = args[5]
  math.randomseed(os.time() * 100 + tid)
end

local function patch_body(ops)
  return '{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[' .. ops .. ']}'
end

function request()
  sent = sent + 1
  local roll = math.random(100)
  if roll <= 35 then
    return wrk.format("GET", filters[math.random(#filters)])
  elseif roll <= 70 then
    return wrk.format("GET", "/scim/v2/Users/" .. users[math.random(#users)])
  elseif roll <= 85 then
    local ops = '{"op":"Replace","path":"displayName","value":"Mixed ' .. tid .. '.' .. sent .. '"}'
    return wrk.format("PATCH", "/scim/v2/Users/" .. users[math.random(#users)], nil, patch_body(ops))
  elseif roll <= 95 then
    local op = (sent % 2 == 0) and "Add" or "Remove"
    local ops = '{"op":"' .. op .. '","path":"members","value":[{"value":"' .. users[math.random(#users)] .. '"}]}'
    return wrk.format("PATCH", "/scim/v2/Groups/" .. groups[math.random(#groups)], nil, patch_body(ops))
  end
  local name = string.format("mixed.%s.%d.%d@contoso.example", tag, tid, sent)
  local body = '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"' .. name
    .. '","active":true,"displayName":"Mixed ' .. sent .. '","emails":[{"primary":true,"type":"work","value":"'
    .. name .. '"}]}'
  return wrk.format("POST", "/scim/v2/Users", nil, body)
end
