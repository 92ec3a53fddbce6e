-- GET a random path from a file of paths (one per line): lookups by filter or id, group reads.
-- wrk arguments: <paths file> <bearer token>
local paths = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
end

function init(args)
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  wrk.headers["Authorization"] = "Bearer " .. args[2]
  math.randomseed(os.time() * 100 + tid)
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end
