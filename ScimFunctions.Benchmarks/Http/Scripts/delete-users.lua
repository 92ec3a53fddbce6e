-- DELETE /scim/v2/Users/{id}, each id of the pool once: thread t takes ids t, t + n, t + 2n, ...
-- wrk arguments: <ids file> <bearer token> <thread count>
local ids = {}
local counter = 0
local next_index
local step

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
end

function init(args)
  for line in io.lines(args[1]) do
    ids[#ids + 1] = line
  end
  wrk.headers["Authorization"] = "Bearer " .. args[2]
  step = tonumber(args[3])
  next_index = tid
end

function request()
  -- Past the end of the pool the ids repeat and answer 404, which wrk counts as errors.
  local id = ids[((next_index - 1) % #ids) + 1]
  next_index = next_index + step
  return wrk.format("DELETE", "/scim/v2/Users/" .. id)
end
